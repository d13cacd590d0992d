import { findAction } from './actions.ts';
import { centralSentences } from './central-sentences.ts';
import { rewriteForRecord } from './cantonese-rewrite.ts';
import { isDecision } from './decisions.ts';
import { findDueDate } from './due-date.ts';
import { keywordTitle } from './item-title.ts';
import type { ActionItem, Minutes, MinutesItem, MinutesOptions } from './minutes-types.ts';
import { isChineseText, type SpokenSentence, splitTurns } from './sentences.ts';
import { segmentTopics } from './segment-topics.ts';
import type { Transcript } from './transcript.ts';

/** A person's name as the roll call gives it in full (Mary → Mary Chan), else as said. */
function fullNames(transcript: Transcript): (name: string) => string {
  return (said) => transcript.rollCall.find((name) => name !== said && name.startsWith(`${said} `)) ?? said;
}

/**
 * Attendees: everyone who spoke, in order of first speaking, then names from a roll call not yet
 * listed. A speaker known by a first name (Mary) is listed by the roll call's full name (Mary Chan).
 */
export function attendeesOf(transcript: Transcript): string[] {
  const names: string[] = [];
  const fullName = fullNames(transcript);
  for (const turn of transcript.turns) {
    if (!turn.speaker) continue;
    const name = fullName(turn.speaker);
    if (!names.includes(name)) names.push(name);
  }
  for (const name of transcript.rollCall) if (!names.includes(name)) names.push(name);
  return names;
}

function summaryOf(sentences: readonly SpokenSentence[], chinese: boolean): string {
  let last: string | null = null;
  const parts = sentences.map((s) => {
    const prefix = s.speaker && s.speaker !== last ? `${s.speaker}${chinese ? '：' : ': '}` : '';
    last = s.speaker;
    return prefix + s.text;
  });
  return parts.join(chinese ? '' : ' ');
}

/**
 * The meeting's sentences as the record keeps them (Cantonese rewritten into formal written Chinese
 * unless `rewriteCantonese: false`), and whether the meeting is in Chinese.
 */
export function recordSentences(
  transcript: Transcript,
  options: MinutesOptions = {},
): { sentences: SpokenSentence[]; rewrittenCantonese: boolean; chinese: boolean } {
  let rewrittenCantonese = false;
  const sentences = splitTurns(transcript.turns).map((s) => {
    if (options.rewriteCantonese === false) return s;
    const written = rewriteForRecord(s.text);
    if (written !== s.text) rewrittenCantonese = true;
    return { ...s, text: written };
  });
  const chinese = isChineseText(
    sentences
      .slice(0, 200)
      .map((s) => s.text)
      .join(''),
  );
  return { sentences, rewrittenCantonese, chinese };
}

/**
 * Minutes from a parsed transcript, without a model: attendees, agenda items (agenda markers or
 * lexical cohesion), an extractive summary per item, decisions and action items (owner, due date)
 * by cue phrases. Cantonese lines are first rewritten into formal written Chinese for the record.
 *
 * @example buildMinutes(transcript, { meetingDate: '2026-12-02' }).items[0]?.actions
 */
export function buildMinutes(transcript: Transcript, options: MinutesOptions = {}): Minutes {
  const { sentences, rewrittenCantonese, chinese } = recordSentences(transcript, options);
  const segments = segmentTopics(sentences);
  const budget = chinese ? (options.summaryChars ?? 120) : (options.summaryWords ?? 60);
  const groups = segments.map((segment) => segment.sentences);
  const fullName = fullNames(transcript);
  const items: MinutesItem[] = segments.map((segment) => {
    const decisions: string[] = [];
    const actions: ActionItem[] = [];
    const recorded = new Set<number>();
    for (const sentence of segment.sentences) {
      if (isDecision(sentence.text)) {
        decisions.push(sentence.text);
        recorded.add(sentence.index);
      }
      const action = findAction(sentence.text, sentence.speaker);
      if (action) {
        const due = findDueDate(sentence.text, options.meetingDate);
        const owner = action.owner === null ? null : fullName(action.owner);
        actions.push({ owner, action: action.action, due: due ? (due.date ?? due.phrase) : null });
        recorded.add(sentence.index);
      }
    }
    // The summary tells the discussion; decisions and actions are listed under it, not repeated in it.
    const discussion = segment.sentences.filter((s) => !recorded.has(s.index));
    return {
      title: segment.title ?? keywordTitle(segment.sentences, groups),
      foundBy: segment.by,
      summary: summaryOf(
        centralSentences(discussion.length > 0 ? discussion : segment.sentences, budget, chinese),
        chinese,
      ),
      decisions,
      actions,
    };
  });
  return { attendees: attendeesOf(transcript), items, rewrittenCantonese };
}
