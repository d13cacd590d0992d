/**
 * A plain-text speaker line: an optional time (`[10:02]`, `(10:02:15)`, `10:02`), a name of at most
 * 40 characters without sentence punctuation, a colon (ASCII or full-width), then what was said.
 * `陳主席：…`, `Chair: …`, `[10:02] Mary: …`, `Mr. Scott Reid (Lanark, CPC): …`.
 */
const SPEAKER_LINE =
  /^\s*(?:[[(]?(\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d+)?)[\])]?\s*[-–]?\s*)?([^:：。！？!?,，;；"“”「」\d][^:：。！？!?;；"“”「」]{0,39}?)\s*[:：]\s*(.*)$/u;

/** Words that open a line with a colon without naming a speaker. */
const NOT_A_SPEAKER = /^(?:note|notes|agenda|item|re|subject|date|time|venue|http|https|備註|議程|日期|時間|地點)$/iu;

export interface SpeakerLine {
  speaker: string;
  text: string;
  start?: string;
}

/** Reads `Speaker: text` (with an optional leading time); null when the line does not name a speaker. */
export function readSpeakerLine(line: string): SpeakerLine | null {
  const match = SPEAKER_LINE.exec(line);
  if (!match) return null;
  const speaker = (match[2] ?? '').trim();
  if (speaker === '' || NOT_A_SPEAKER.test(speaker) || speaker.split(/\s+/u).length > 8) return null;
  const result: SpeakerLine = { speaker, text: (match[3] ?? '').trim() };
  if (match[1]) result.start = match[1];
  return result;
}

/** Lines naming who attended: `Present: A, B and C`, `Attendees: …`, `出席：陳主席、李委員`, `出席者：…`. */
const ROLL_CALL =
  /^\s*(?:present|attendees|attending|in attendance|members present|出席|出席者|出席人士|與會者|列席)\s*[:：]\s*(.+)$/iu;

/** The names in a roll-call line, or null when the line is not one. */
export function readRollCall(line: string): string[] | null {
  const match = ROLL_CALL.exec(line);
  if (!match) return null;
  return (match[1] ?? '')
    .split(/\s*(?:[,，、;；]|\band\b|和|及|與)\s*/u)
    .map((name) => name.trim().replace(/[.。]$/u, ''))
    .filter((name) => name !== '');
}
