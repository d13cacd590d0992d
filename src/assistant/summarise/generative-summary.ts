import { maskString } from '../../core/index.ts';
import { checkCitedSentences, type GenerativeKeyPoint } from './check-cited-sentences.ts';
import { lengthUnit, type SummaryLanguage } from './language.ts';
import { DEFAULT_BUDGET } from './summarise-document.ts';
import type { SummaryDocument } from './summary-types.ts';

export type { GenerativeKeyPoint } from './check-cited-sentences.ts';

/** One chat message, as the gateway takes it. */
export interface ModelMessage {
  role: 'system' | 'user';
  content: string;
}

/**
 * The seam to a model: the caller binds it to the gateway (department, provider, model, actor),
 * so this module never sees credentials and every call is metered and audited there.
 */
export type CompleteText = (messages: ModelMessage[]) => Promise<string>;

export interface GenerativeSummary {
  document: string;
  title: string;
  language: SummaryLanguage;
  unit: 'characters' | 'words';
  budget: number;
  method: 'generative';
  keyPoints: GenerativeKeyPoint[];
  /** How many key points are marked unsupported (kept, shown as such, never silently dropped). */
  unsupported: number;
  /** Model calls made: one per chunk, plus one to combine when there was more than one. */
  calls: number;
}

export interface GenerativeOptions {
  budget?: number;
  /** Characters of source per model call (map step). */
  chunkChars?: number;
  /** Hears after each model call: calls done and calls planned. */
  onProgress?: (done: number, total: number) => void;
  /** Mask personal data before the model sees it (default true; false only where the department's policy allows). */
  maskPersonalData?: boolean;
}

/**
 * A summary in the model's own words, map-reduce over chunks for long documents: each chunk's
 * sentences go to the model numbered `[n]` (personal data masked first), it answers with notes
 * citing those numbers; with several chunks a last call condenses the notes to the length asked.
 * Every sentence of the result is checked against the sentences it cites with the guard's
 * grounding check; one citing nothing, or unsupported, is marked, not silently kept.
 *
 * @example
 * const summary = await summariseWithModel(document, (messages) =>
 *   gateway.complete({ ...binding, messages }).then((result) => result.text));
 */
export async function summariseWithModel(
  document: SummaryDocument,
  complete: CompleteText,
  options: GenerativeOptions = {},
): Promise<GenerativeSummary> {
  const { language } = document;
  const budget = Math.max(1, Math.floor(options.budget ?? DEFAULT_BUDGET[language]));
  const unit = lengthUnit(language);
  // What the model sees, and what its sentences are checked against: the masked text.
  const mask = options.maskPersonalData === false ? (text: string) => text : maskString;
  const sources = document.sentences.map((sentence) => mask(sentence.text));
  const chunks = chunkIndexes(sources, options.chunkChars ?? 6000);
  const total = chunks.length + (chunks.length > 1 ? 1 : 0);
  let calls = 0;
  const call = async (messages: ModelMessage[]) => {
    const text = await complete(messages);
    calls++;
    options.onProgress?.(calls, total);
    return text;
  };
  const length = `${budget} ${unit === 'characters' ? 'Chinese characters' : 'words'}`;
  const notes: string[] = [];
  for (const chunk of chunks) {
    const numbered = chunk.map((i) => `[${i + 1}] ${sources[i]}`).join('\n');
    notes.push(
      await call([
        {
          role: 'system',
          content: instructions(language, chunks.length > 1 ? `at most ${length} for this part` : `at most ${length}`),
        },
        { role: 'user', content: numbered },
      ]),
    );
  }
  const output =
    chunks.length > 1
      ? await call([
          {
            role: 'system',
            content: instructions(language, `at most ${length}, combining these notes; keep their [n] citations`),
          },
          { role: 'user', content: notes.join('\n') },
        ])
      : (notes[0] ?? '');
  const keyPoints = checkCitedSentences(
    output,
    document.sentences.map((sentence, i) => ({ text: sources[i] ?? '', citation: sentence.citation })),
  );
  return {
    document: document.name,
    title: document.title,
    language,
    unit,
    budget,
    method: 'generative',
    keyPoints,
    unsupported: keyPoints.filter((point) => !point.supported).length,
    calls,
  };
}

function instructions(language: SummaryLanguage, length: string): string {
  const write = language === 'zh' ? 'Write in Traditional Chinese.' : 'Write in English.';
  return `Summarise the numbered sentences: ${length}. Use ONLY what they say. End every sentence of your summary with the numbers of the sentences it relies on, like [3] or [3][7]. ${write}`;
}

/** Consecutive sentence indexes, each run under `chunkChars` characters (at least one sentence). */
function chunkIndexes(sources: readonly string[], chunkChars: number): number[][] {
  const chunks: number[][] = [];
  let current: number[] = [];
  let size = 0;
  sources.forEach((text, i) => {
    if (current.length > 0 && size + text.length > chunkChars) {
      chunks.push(current);
      current = [];
      size = 0;
    }
    current.push(i);
    size += text.length;
  });
  if (current.length > 0) chunks.push(current);
  return chunks;
}
