import type { CompleteText, ModelMessage } from '../summarise/index.ts';
import { autoFix, checkSentence, type TargetLanguage } from './glossary-check.ts';
import { type MaskedSpan, maskSentence, restoreMasked } from './mask-sentence.ts';
import {
  NOTES,
  sourceLanguageOf,
  sourceSentences,
  type TranslateOptions,
  termUses,
  translateOffline,
} from './translate-offline.ts';
import type { AlignedSentence, TermUse, TranslationResult } from './translation-types.ts';

export interface ModelTranslateOptions extends TranslateOptions {
  /** Characters of source per model call (default 3,000); a call never splits a sentence. */
  chunkChars?: number;
  /** Replace known variants and known wrong variants by the approved wording (default false: only report). */
  autoFix?: boolean;
  /**
   * Personal data is always masked before the call. By default the translation gets the
   * officer's own data back wherever the model repeated the masked form verbatim; `keepMasked`
   * leaves it masked (for a translation that will be shared further).
   */
  keepMasked?: boolean;
  /** Hears after each model call: calls done and calls planned. */
  onProgress?: (done: number, total: number) => void;
}

const LANGUAGE_NAMES: Record<TargetLanguage, string> = {
  en: 'English (as used by the Hong Kong Government)',
  'zh-Hant': 'Traditional Chinese as written in Hong Kong (Hong Kong Government usage)',
  'zh-Hans': 'Simplified Chinese',
};

/**
 * Translates through the gateway, sentence by sentence, so the result is aligned source sentence ↔
 * target sentence for side-by-side review. Each call sends numbered sentences `[n]` (personal data
 * masked with `maskString`) and the glossary pairs that apply to them; the answer is read back by
 * those numbers (a sentence the model leaves out has `target: null` and a `missing` violation for
 * each of its terms). Then every sentence is checked against the glossary; with `autoFix`, known
 * variants are replaced by the approved wording. Chinese to Chinese needs no model: it is converted.
 *
 * @example
 * const result = await translateWithModel(text, (messages) =>
 *   gateway.complete({ ...binding, messages }).then((r) => r.text), { to: 'zh-Hant', glossary });
 */
export async function translateWithModel(
  text: string,
  complete: CompleteText,
  options: ModelTranslateOptions,
): Promise<TranslationResult> {
  const glossary = options.glossary ?? null;
  const { to } = options;
  const from = sourceLanguageOf(text);
  if (from === to || (from !== 'en' && to !== 'en')) return translateOffline(text, options);
  const split = sourceSentences(text);
  const sources = split.map((sentence) => sentence.text);
  const masked = sources.map(maskSentence);
  const chunks = chunkIndexes(
    masked.map((m) => m.masked),
    options.chunkChars ?? 3000,
  );
  const targets = new Map<number, string>();
  let calls = 0;
  for (const chunk of chunks) {
    const chunkSources = chunk.map((i) => masked[i]?.masked ?? '');
    const terms = termUses(chunkSources, glossary, from, to);
    const reply = await complete(prompt(chunk, chunkSources, terms, from, to));
    calls++;
    options.onProgress?.(calls, chunks.length);
    for (const [id, translation] of readNumbered(reply)) {
      if (chunk.includes(id - 1) && !targets.has(id)) targets.set(id, translation);
    }
  }
  const sentences = sources.map((source, i): AlignedSentence => {
    const spans: MaskedSpan[] = masked[i]?.spans ?? [];
    const paragraph = split[i]?.paragraph ?? 0;
    const translated = targets.get(i + 1);
    if (translated === undefined) {
      const violations = glossary ? checkSentence(source, '', glossary, from, to) : [];
      return { id: i + 1, paragraph, source, target: null, violations, fixes: [] };
    }
    let target = options.keepMasked ? translated : restoreMasked(translated, spans);
    let violations = glossary ? checkSentence(source, target, glossary, from, to) : [];
    let fixes: AlignedSentence['fixes'] = [];
    if (options.autoFix && glossary && violations.some((violation) => violation.fixable)) {
      ({ text: target, fixes } = autoFix(target, violations));
      violations = checkSentence(source, target, glossary, from, to);
    }
    return { id: i + 1, paragraph, source, target, violations, fixes };
  });
  return {
    mode: 'model',
    from,
    to,
    sentences,
    terms: termUses(sources, glossary, from, to),
    violations: sentences.reduce((sum, sentence) => sum + sentence.violations.length, 0),
    calls,
    masked: masked.reduce((sum, m) => sum + m.spans.length, 0),
    note: NOTES.model,
  };
}

function prompt(
  chunk: readonly number[],
  sources: readonly string[],
  terms: readonly TermUse[],
  from: TargetLanguage,
  to: TargetLanguage,
): ModelMessage[] {
  const glossary =
    terms.length === 0
      ? ''
      : `\nUse these approved translations of terms (glossary), exactly as written:\n${terms
          .map((term) => `- ${term.term} => ${term.approved.join(' / ')}`)
          .join('\n')}`;
  const system = [
    `Translate each numbered sentence from ${LANGUAGE_NAMES[from]} into ${LANGUAGE_NAMES[to]}.`,
    'Answer with one line per sentence, in the same order, each starting with its number in brackets, like "[3] ...".',
    'Translate every sentence; do not merge, split, add or explain sentences.',
    'Starred text such as ******67 or c***@example.com is masked personal data: copy it exactly as written.',
  ].join(' ');
  const numbered = chunk.map((i, k) => `[${i + 1}] ${sources[k] ?? ''}`).join('\n');
  return [
    { role: 'system', content: `${system}${glossary}` },
    { role: 'user', content: numbered },
  ];
}

const NUMBERED = /^\s*[[【(（]?(\d+)[\]】)）.．、:：]\s*(.*)$/u;

/** The model's answer read back by sentence number; an unnumbered line continues the one before. */
export function readNumbered(reply: string): Map<number, string> {
  const read = new Map<number, string>();
  let current: number | null = null;
  for (const line of reply.split(/\r?\n/u)) {
    const match = NUMBERED.exec(line);
    if (match) {
      current = Number(match[1]);
      read.set(current, (match[2] ?? '').trim());
    } else if (current !== null && line.trim() !== '') {
      read.set(current, `${read.get(current) ?? ''} ${line.trim()}`.trim());
    }
  }
  return read;
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
