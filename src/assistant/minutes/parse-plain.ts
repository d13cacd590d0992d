import { readRollCall, readSpeakerLine } from './speaker-line.ts';
import { type Transcript, type TranscriptResult, type Turn, transcriptIssue } from './transcript.ts';

/**
 * Plain text with speakers: each `Speaker: text` line opens a turn, other lines continue the turn
 * before (or stand alone, speaker unknown, when no speaker has spoken yet). Roll-call lines are read
 * as attendees, not as speech.
 */
export function parsePlainTranscript(text: string): TranscriptResult {
  const turns: Turn[] = [];
  const rollCall: string[] = [];
  text.split(/\r?\n/u).forEach((raw) => {
    const line = raw.trim();
    if (line === '') return;
    const names = readRollCall(line);
    if (names) {
      rollCall.push(...names);
      return;
    }
    const spoken = readSpeakerLine(line);
    if (spoken) {
      const turn: Turn = { speaker: spoken.speaker, text: spoken.text };
      if (spoken.start) turn.start = spoken.start;
      turns.push(turn);
      return;
    }
    const last = turns.at(-1);
    if (last) last.text = joinText(last.text, line);
    else turns.push({ speaker: null, text: line });
  });
  const spoken = turns.filter((turn) => turn.text !== '');
  if (spoken.length === 0) return { ok: false, issues: [transcriptIssue('no_text', 1)] };
  const value: Transcript = { format: 'txt', turns: spoken, rollCall };
  return { ok: true, value };
}

/** Joins two pieces of one turn: no space between Chinese characters, one space otherwise. */
export function joinText(before: string, after: string): string {
  if (before === '') return after;
  const cjk = /[\p{Script=Han}，。！？、：；]$/u.test(before) && /^[\p{Script=Han}，。！？、]/u.test(after);
  return cjk ? `${before}${after}` : `${before} ${after}`;
}
