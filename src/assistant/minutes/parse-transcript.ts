import { parseCueTranscript } from './parse-cues.ts';
import { parsePlainTranscript } from './parse-plain.ts';
import { type TranscriptFormat, type TranscriptResult, transcriptIssue } from './transcript.ts';

/** The format a file name says (`.vtt`, `.srt`, anything else plain text), or what the text itself shows. */
export function detectTranscriptFormat(text: string, fileName?: string): TranscriptFormat {
  const extension = /\.([a-z]+)$/iu.exec(fileName ?? '')?.[1]?.toLowerCase();
  if (extension === 'vtt' || extension === 'srt') return extension;
  const body = text.replace(/^\uFEFF/u, '');
  if (/^WEBVTT(?:[ \t]|\r?\n|$)/u.test(body)) return 'vtt';
  if (/^\s*\d+\r?\n\d{1,3}:\d{2}:\d{2},\d{3}\s*-->/u.test(body)) return 'srt';
  return 'txt';
}

/**
 * Parses a meeting transcript (plain text with speakers, WebVTT or SRT) into turns. Errors are
 * data: every problem found, each with its line and an English and Chinese message.
 *
 * @example parseTranscript('陳主席：開會。\nMary: Thanks.').ok // true
 */
export function parseTranscript(
  text: string,
  options: { format?: TranscriptFormat; fileName?: string } = {},
): TranscriptResult {
  if (text.includes('\u0000')) return { ok: false, issues: [transcriptIssue('binary_content', 1)] };
  if (text.trim() === '') return { ok: false, issues: [transcriptIssue('empty_transcript', 1)] };
  // A byte-order mark (Windows editors write one) is not part of the first speaker's name.
  const body = text.replace(/^\uFEFF/u, '');
  const format = options.format ?? detectTranscriptFormat(body, options.fileName);
  return format === 'txt' ? parsePlainTranscript(body) : parseCueTranscript(body, format);
}
