import { maskString } from '../../core/index.ts';
import { checkGrounding } from '../../guard/index.ts';
import { type CompleteText, splitSentences } from '../summarise/index.ts';
import { buildMinutes, recordSentences } from './build-minutes.ts';
import type { Minutes, MinutesItem, MinutesOptions } from './minutes-types.ts';
import { segmentTopics } from './segment-topics.ts';
import type { SpokenSentence } from './sentences.ts';
import type { Transcript } from './transcript.ts';

/** Appended in `summary` to a sentence its cited lines do not support, so the exported minutes show it. */
export const UNSUPPORTED_MARK = '[UNSUPPORTED 未獲原文支持]';

/** One sentence of an item's discussion summary as the model wrote it, checked against the lines it cites. */
export interface MinutesSentence {
  text: string;
  /** The transcript's sentence numbers (1-based, as the model saw them) it cites. */
  lines: number[];
  /** Share of its content found in the cited lines (the guard's grounding check). */
  support: number;
  /** False when it cites nothing, is not supported by the lines it cites, or states a figure they lack. */
  supported: boolean;
  inventedFigures: string[];
}

export interface GenerativeMinutesItem extends MinutesItem {
  /** The model's summary sentences; `summary` joins them, an unsupported one followed by UNSUPPORTED_MARK. */
  discussion: MinutesSentence[];
}

export interface GenerativeMinutes extends Minutes {
  method: 'generative';
  items: GenerativeMinutesItem[];
  /** Sentences marked unsupported (kept, shown as such, never silently dropped). */
  unsupported: number;
  /** Model calls made: one per item. */
  calls: number;
}

export interface GenerativeMinutesOptions extends MinutesOptions {
  /** Hears after each model call: calls done and calls planned. */
  onProgress?: (done: number, total: number) => void;
  /** Mask personal data before the model sees it (default true; false only where the department's policy allows). */
  maskPersonalData?: boolean;
  /** Lines withheld from the model (e.g. ones carrying instructions to a model): a predicate on the line's text. */
  withhold?: (text: string) => boolean;
}

/**
 * Minutes with the discussion of each item written by a model through the gateway. The structure is
 * the rule-based one (attendees, items by agenda markers or cohesion, decisions, actions with owners
 * and due dates); the model is asked once per item for a summary in formal written language from the
 * item's numbered lines (personal data masked first), citing the lines each sentence rests on. Every
 * sentence is checked against its cited lines with the guard's grounding check; an unsupported one
 * is marked, not dropped.
 *
 * @example
 * const minutes = await minutesWithModel(transcript, (messages) =>
 *   gateway.complete({ ...binding, messages }).then((result) => result.text), { meetingDate: '2026-12-02' });
 */
export async function minutesWithModel(
  transcript: Transcript,
  complete: CompleteText,
  options: GenerativeMinutesOptions = {},
): Promise<GenerativeMinutes> {
  const offline = buildMinutes(transcript, options);
  const { sentences, chinese } = recordSentences(transcript, options);
  // The same sentences give the same segments: item i of the offline minutes is segment i.
  const segments = segmentTopics(sentences);
  const mask = options.maskPersonalData === false ? (text: string) => text : maskString;
  const budget = chinese ? (options.summaryChars ?? 120) : (options.summaryWords ?? 60);
  const length = `at most ${budget} ${chinese ? 'Chinese characters' : 'words'}`;
  const total = offline.items.length;
  let calls = 0;
  const items: GenerativeMinutesItem[] = [];
  for (const [i, item] of offline.items.entries()) {
    const lines = (segments[i]?.sentences ?? []).filter((s) => !options.withhold?.(s.text));
    const sources = new Map(lines.map((s) => [s.index + 1, mask(lineText(s, chinese))]));
    const numbered = [...sources].map(([n, text]) => `[${n}] ${text}`).join('\n');
    const output =
      sources.size === 0
        ? ''
        : await complete([
            { role: 'system', content: instructions(chinese, length) },
            { role: 'user', content: `Agenda item: ${mask(item.title)}\n${numbered}` },
          ]);
    if (sources.size > 0) {
      calls++;
      options.onProgress?.(calls, total);
    }
    const discussion = checkSentences(output, sources);
    items.push({
      ...item,
      summary: discussion.map((s) => (s.supported ? s.text : `${s.text} ${UNSUPPORTED_MARK}`)).join(chinese ? '' : ' '),
      discussion,
    });
  }
  return {
    ...offline,
    method: 'generative',
    items,
    unsupported: items.reduce((n, item) => n + item.discussion.filter((s) => !s.supported).length, 0),
    calls,
  };
}

function lineText(sentence: SpokenSentence, chinese: boolean): string {
  return sentence.speaker ? `${sentence.speaker}${chinese ? '：' : ': '}${sentence.text}` : sentence.text;
}

function instructions(chinese: boolean, length: string): string {
  const write = chinese
    ? 'Write in formal written Traditional Chinese (書面語), not Cantonese.'
    : 'Write in formal written English, in the third person and past tense.';
  return `You write the minutes of a meeting. Summarise the discussion of this agenda item from its numbered lines: ${length}. Use ONLY what the lines say. Decisions and action items are recorded separately. End every sentence with the numbers of the lines it relies on, like [3] or [3][7]. ${write}`;
}

const CITATION = /\[(\d+)\]/g;

function checkSentences(output: string, sources: ReadonlyMap<number, string>): MinutesSentence[] {
  return splitSentences(output).flatMap((raw) => {
    const text = raw.replace(/\s*\[\d+\]/g, '').trim();
    if (text === '') return [];
    const lines = [...new Set([...raw.matchAll(CITATION)].map((match) => Number(match[1])))].filter((n) =>
      sources.has(n),
    );
    if (lines.length === 0) return [{ text, lines, support: 0, supported: false, inventedFigures: [] }];
    // The cited lines together are the passage: a sentence may join what two of them say.
    const report = checkGrounding(text, [lines.map((n) => sources.get(n) ?? '').join('\n')]);
    const support = report.sentences.length === 0 ? 0 : Math.min(...report.sentences.map((s) => s.support));
    return [
      {
        text,
        lines,
        support,
        supported: report.unsupported === 0 && report.inventedFigures.length === 0,
        inventedFigures: report.inventedFigures,
      },
    ];
  });
}
