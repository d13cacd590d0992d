import { maskString } from '../../core/index.ts';
import { type CitableSentence, checkCitedSentences, type GenerativeKeyPoint } from './check-cited-sentences.ts';
import { type Brief, type CombineOptions, combineDocuments } from './combine-documents.ts';
import type { CompleteText } from './generative-summary.ts';
import type { SummaryLanguage } from './language.ts';
import type { Citation, SummaryDocument } from './summary-types.ts';

/** A brief over several documents in the model's own words, every sentence checked against what it cites. */
export interface GenerativeBrief {
  method: 'generative';
  language: SummaryLanguage;
  keyPoints: GenerativeKeyPoint[];
  /** How many sentences are marked unsupported (kept, shown as such, never silently dropped). */
  unsupported: number;
  calls: number;
}

export interface CombineWithModelOptions extends CombineOptions {
  /** Hears after each model call: calls done and calls planned. */
  onProgress?: (done: number, total: number) => void;
  /** Mask personal data before the model sees it (default true; false only where the department's policy allows). */
  maskPersonalData?: boolean;
}

/**
 * Combines documents with a model: the offline brief (each document's key points, agreements and
 * differences with both sources cited) is computed as without a model and kept as the evidence;
 * the key sentences it rests on go to the model numbered `[n]` (personal data masked first), and
 * it writes one brief citing them. Every sentence is checked with the guard's grounding check
 * against the sentences it cites; one they do not support is marked, not removed.
 *
 * @example
 * const { brief, generative } = await combineWithModel([a, b], (messages) =>
 *   gateway.complete({ ...binding, messages }).then((result) => result.text));
 */
export async function combineWithModel(
  documents: readonly SummaryDocument[],
  complete: CompleteText,
  options: CombineWithModelOptions = {},
): Promise<{ brief: Brief; generative: GenerativeBrief }> {
  const brief = combineDocuments(documents, options);
  const mask = options.maskPersonalData === false ? (text: string) => text : maskString;
  const citable: CitableSentence[] = keySentences(brief).map((sentence) => ({
    ...sentence,
    text: mask(sentence.text),
  }));
  const language: SummaryLanguage = documents.some((document) => document.language === 'zh') ? 'zh' : 'en';
  const numbered = citable.map((sentence, i) => `[${i + 1}] (${sentence.citation.document}) ${sentence.text}`);
  const output = await complete([
    { role: 'system', content: instructions(language) },
    { role: 'user', content: numbered.join('\n') },
  ]);
  options.onProgress?.(1, 1);
  const keyPoints = checkCitedSentences(output, citable);
  return {
    brief,
    generative: {
      method: 'generative',
      language,
      keyPoints,
      unsupported: keyPoints.filter((point) => !point.supported).length,
      calls: 1,
    },
  };
}

function instructions(language: SummaryLanguage): string {
  const write = language === 'zh' ? 'Write in Traditional Chinese.' : 'Write in English.';
  return `The numbered sentences are the key points of several documents (each names its document). Write one brief combining them: what the documents agree on, and where they differ, naming both sides. Use ONLY what the sentences say. End every sentence of your brief with the numbers of the sentences it relies on, like [3] or [3][7]. ${write}`;
}

/** Each document's key points, then the other side of every agreement and difference, each sentence once. */
function keySentences(brief: Brief): { text: string; citation: Citation }[] {
  const seen = new Set<string>();
  const out: { text: string; citation: Citation }[] = [];
  const add = (sentence: { text: string; citation: Citation }) => {
    const key = `${sentence.citation.document}\u0000${sentence.citation.sentence}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ text: sentence.text, citation: sentence.citation });
  };
  for (const summary of brief.summaries) for (const point of summary.keyPoints) add(point);
  for (const agreement of brief.agreements) for (const support of agreement.alsoIn) add(support);
  for (const difference of brief.differences) if (difference.kind === 'figures-differ') add(difference.other);
  return out;
}
