import type { SummaryLanguage } from './language.ts';

/** ROUGE-L of a candidate against a reference: longest common subsequence precision, recall, F1. */
export interface RougeL {
  precision: number;
  recall: number;
  f1: number;
}

/**
 * The tokens ROUGE-L compares: for Chinese each Han character and each run of Latin letters or
 * digits (character level, as Chinese summarisation papers report it); for English lower-cased
 * runs of letters and digits (the rouge-score tokenizer, without stemming). Punctuation and white
 * space are never tokens.
 *
 * @example rougeTokens('我們在2024年開會。', 'zh') // ['我', '們', '在', '2024', '年', '開', '會']
 */
export function rougeTokens(text: string, language: SummaryLanguage): string[] {
  const lower = text.toLowerCase();
  if (language === 'zh') return lower.match(/[\u3400-\u9fff\uf900-\ufaff]|[a-z0-9]+/gu) ?? [];
  return lower.match(/[a-z0-9]+/g) ?? [];
}

/**
 * ROUGE-L (Lin 2004, summary level with one reference, β = 1): F1 of LCS precision
 * (LCS / candidate tokens) and recall (LCS / reference tokens).
 *
 * @example rougeL('the cat sat', 'the cat sat down', 'en').f1 // 0.857
 */
export function rougeL(candidate: string, reference: string, language: SummaryLanguage): RougeL {
  const a = rougeTokens(candidate, language);
  const b = rougeTokens(reference, language);
  const lcs = lcsLength(a, b);
  if (lcs === 0) return { precision: 0, recall: 0, f1: 0 };
  const precision = lcs / a.length;
  const recall = lcs / b.length;
  return { precision, recall, f1: (2 * precision * recall) / (precision + recall) };
}

/** Length of the longest common subsequence, in O(|a|·|b|) time and O(|b|) memory. */
export function lcsLength(a: readonly string[], b: readonly string[]): number {
  let previous = new Int32Array(b.length + 1);
  let current = new Int32Array(b.length + 1);
  for (const x of a) {
    for (let j = 1; j <= b.length; j++) {
      current[j] = x === b[j - 1] ? (previous[j - 1] ?? 0) + 1 : Math.max(previous[j] ?? 0, current[j - 1] ?? 0);
    }
    [previous, current] = [current, previous];
  }
  return previous[b.length] ?? 0;
}
