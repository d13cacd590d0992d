import { joinText } from './parse-plain.ts';
import { readSpeakerLine } from './speaker-line.ts';
import {
  type TranscriptFormat,
  type TranscriptIssue,
  type TranscriptResult,
  type Turn,
  transcriptIssue,
} from './transcript.ts';

/** `hh:mm:ss.mmm` (hours optional in WebVTT); SRT writes the decimal separator as a comma. */
const VTT_TIME = /^(?:(\d{1,3}):)?([0-5]\d):([0-5]\d)\.(\d{3})$/u;
const SRT_TIME = /^(\d{1,3}):([0-5]\d):([0-5]\d),(\d{3})$/u;

function seconds(match: RegExpExecArray): number {
  return Number(match[1] ?? 0) * 3600 + Number(match[2]) * 60 + Number(match[3]) + Number(match[4]) / 1000;
}

/** A `<v Speaker>` voice tag (with optional classes, `<v.loud Mary>`), WebVTT §4.2.2. */
const VOICE = /<v(?:\.[^\s>]+)*\s+([^>]+)>/u;
/** SRT speakers: `[Mary] text`, `- Mary: text`, or `Mary: text`. */
const BRACKETED = /^\s*-?\s*\[([^\]]{1,40})\]\s*(.*)$/u;

interface Cue {
  speaker: string | null;
  text: string;
  start: string;
}

function cueSpeaker(payload: string, format: TranscriptFormat): { speaker: string | null; text: string } {
  const voice = format === 'vtt' ? VOICE.exec(payload) : null;
  const stripped = payload
    .replace(/<[^>]*>/gu, '')
    .replace(/\{\\[^}]*\}/gu, '')
    .trim();
  if (voice) return { speaker: (voice[1] ?? '').trim(), text: stripped };
  const bracketed = BRACKETED.exec(stripped);
  if (bracketed) return { speaker: (bracketed[1] ?? '').trim(), text: (bracketed[2] ?? '').trim() };
  const spoken = readSpeakerLine(stripped.replace(/^-\s*/u, ''));
  if (spoken) return { speaker: spoken.speaker, text: spoken.text };
  return { speaker: null, text: stripped };
}

/**
 * WebVTT and SRT: blocks separated by blank lines, each a timing line `start --> end` and its text
 * (SRT puts a cue number before it; WebVTT an optional identifier, and skips NOTE/STYLE/REGION
 * blocks). Consecutive cues of one speaker become one turn; a cue without a speaker continues the
 * turn before it, as subtitles split one person's sentence across cues.
 */
export function parseCueTranscript(text: string, format: 'vtt' | 'srt'): TranscriptResult {
  const lines = text.replace(/^\uFEFF/u, '').split(/\r?\n/u);
  const issues: TranscriptIssue[] = [];
  let i = 0;
  if (format === 'vtt') {
    if (!/^WEBVTT(?:[ \t].*)?$/u.test(lines[0] ?? ''))
      return { ok: false, issues: [transcriptIssue('missing_vtt_header', 1)] };
    i = 1;
    while (i < lines.length && (lines[i] ?? '').trim() !== '') i++;
  }
  const cues: Cue[] = [];
  const timeOf = format === 'vtt' ? VTT_TIME : SRT_TIME;
  while (i < lines.length) {
    while (i < lines.length && (lines[i] ?? '').trim() === '') i++;
    if (i >= lines.length) break;
    const blockStart = i;
    const block: string[] = [];
    while (i < lines.length && (lines[i] ?? '').trim() !== '') block.push((lines[i++] ?? '').trim());
    if (format === 'vtt' && /^(?:NOTE|STYLE|REGION)(?:\s|$)/u.test(block[0] ?? '')) continue;
    let timingAt = block.findIndex((line) => line.includes('-->'));
    if (format === 'srt' && !/^\d+$/u.test(block[0] ?? '')) {
      issues.push(transcriptIssue('bad_srt_index', blockStart + 1, block[0]));
      continue;
    }
    if (format === 'srt' && timingAt !== 1) {
      issues.push(transcriptIssue('bad_cue_timing', blockStart + 2, block[1]));
      continue;
    }
    if (timingAt < 0 || timingAt > 1) {
      issues.push(transcriptIssue('bad_cue_timing', blockStart + 1, block[0]));
      continue;
    }
    const timing = block[timingAt] ?? '';
    const [from = '', rest = ''] = timing.split('-->').map((part) => part.trim());
    const to = rest.split(/\s+/u)[0] ?? '';
    const start = timeOf.exec(from);
    const end = timeOf.exec(to);
    if (!start || !end) {
      issues.push(transcriptIssue('bad_cue_timing', blockStart + timingAt + 1, timing));
      continue;
    }
    if (seconds(end) < seconds(start)) {
      issues.push(transcriptIssue('cue_ends_before_start', blockStart + timingAt + 1, timing));
      continue;
    }
    timingAt++;
    const payload = block.slice(timingAt).join('\n');
    const { speaker, text: said } = cueSpeaker(payload.replace(/\n/gu, ' '), format);
    if (said !== '') cues.push({ speaker, text: said, start: from });
  }
  if (issues.length > 0) return { ok: false, issues };
  const turns: Turn[] = [];
  for (const cue of cues) {
    const last = turns.at(-1);
    if (last && (cue.speaker === null || cue.speaker === last.speaker)) last.text = joinText(last.text, cue.text);
    else turns.push({ speaker: cue.speaker, text: cue.text, start: cue.start });
  }
  if (turns.length === 0) return { ok: false, issues: [transcriptIssue('no_text', 1)] };
  return { ok: true, value: { format, turns, rollCall: [] } };
}
