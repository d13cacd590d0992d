import type { Glossary, GlossaryEntry } from './glossary.ts';
import { findPhrase, findTerms, phraseOccurrences, type TermSide } from './term-match.ts';

/** A language a text is translated into: English, Traditional Chinese (Hong Kong) or Simplified. */
export type TargetLanguage = 'en' | 'zh-Hant' | 'zh-Hans';

export const sideOf = (language: TargetLanguage): TermSide => (language === 'en' ? 'en' : 'zh');

/** The approved wording of an entry in a language. */
export function approvedIn(entry: GlossaryEntry, language: TargetLanguage): string {
  return language === 'en' ? entry.en : language === 'zh-Hant' ? entry.zhHant : entry.zhHans;
}

/** A span of a sentence (UTF-16 offsets) and its text. */
export interface Span {
  start: number;
  end: number;
  text: string;
}

/**
 * A glossary term of the source sentence whose approved translation the target sentence lacks:
 * - `missing`: no approved wording, no variant of it, no known wrong variant (the term was
 *   translated some other way or left out); only the source term can be highlighted;
 * - `variant`: the approved Chinese wording in another script or regional variant (衛生署 for 衞生署,
 *   卫生署 in a Traditional text); English in another case or number is not a violation;
 * - `wrong-variant`: a known wrong translation listed in the glossary (`wrong_en`, `wrong_zh`);
 * - `wrong-term`: the approved wording occurs only inside a longer glossary term (政務司司長辦公室,
 *   the office, where 政務司司長, the post, is meant); the target span is that longer term.
 * Variants and known wrong variants are `fixable`: the target span can be replaced by `expected[0]`.
 */
export interface GlossaryViolation {
  kind: 'missing' | 'variant' | 'wrong-variant' | 'wrong-term';
  /** The term in the source sentence. */
  source: Span;
  /** The offending words in the target sentence; null when the term is missing. */
  target: Span | null;
  /** Approved wordings (any one will do), first the one a fix writes. */
  expected: string[];
  /** The glossary rows behind the term (`file:line`). */
  entries: string[];
  fixable: boolean;
  message: { en: string; zh: string };
}

function message(kind: GlossaryViolation['kind'], term: string, expected: string, found: string | null) {
  switch (kind) {
    case 'missing':
      return {
        en: `"${term}" should be translated "${expected}"`,
        zh: `「${term}」應譯作「${expected}」`,
      };
    case 'wrong-term':
      return {
        en: `"${found}" is another glossary term; "${term}" should be translated "${expected}"`,
        zh: `「${found}」是另一詞彙表詞彙；「${term}」應譯作「${expected}」`,
      };
    case 'variant':
      return {
        en: `"${found}" is a variant of the approved "${expected}"`,
        zh: `「${found}」為核准譯名「${expected}」的異體寫法`,
      };
    default:
      return {
        en: `"${found}" is a known wrong translation of "${term}"; use "${expected}"`,
        zh: `「${found}」是「${term}」的已知錯誤譯法，應用「${expected}」`,
      };
  }
}

/**
 * Glossary enforcement for one aligned sentence pair: every glossary term of the source whose
 * approved translation the target lacks, with offsets in both sentences for highlighting. Pure.
 *
 * @example
 * checkSentence('The Department of Health said…', '衛生署表示…', glossary, 'en', 'zh-Hant')
 * // [{kind: 'variant', target: {start: 0, end: 3, text: '衛生署'}, expected: ['衞生署'], fixable: true, …}]
 */
export function checkSentence(
  source: string,
  target: string,
  glossary: Glossary,
  from: TargetLanguage,
  to: TargetLanguage,
): GlossaryViolation[] {
  const side = sideOf(to);
  const violations: GlossaryViolation[] = [];
  const targetTerms = findTerms(target, glossary, side);
  /** The longer glossary term of the target a span lies inside, if any. */
  const longerAround = (span: { start: number; end: number }) =>
    targetTerms.find((m) => m.start <= span.start && m.end >= span.end && m.end - m.start > span.end - span.start);
  for (const term of findTerms(source, glossary, sideOf(from))) {
    const expected = [...new Set(term.entries.map((entry) => approvedIn(entry, to)))];
    const entries = term.entries.map((entry) => entry.ref);
    const sourceSpan = { start: term.start, end: term.end, text: term.text };
    const occurrences = expected.flatMap((wording) => phraseOccurrences(target, wording, side));
    if (occurrences.some((span) => !longerAround(span))) continue;
    const report = (kind: GlossaryViolation['kind'], span: { start: number; end: number } | null, fixable = true) => {
      const found = span ? target.slice(span.start, span.end) : null;
      violations.push({
        kind,
        source: sourceSpan,
        target: span ? { start: span.start, end: span.end, text: found ?? '' } : null,
        expected,
        entries,
        fixable: fixable && span !== null,
        message: message(kind, term.text, expected[0] ?? '', found),
      });
    };
    const around = first(occurrences.map((span) => longerAround(span) ?? null));
    if (around) {
      report('wrong-term', around, false);
      continue;
    }
    // English case and plural are not variants (findPhrase already ignores them); Chinese script and regional ones are.
    const variant = side === 'zh' ? first(expected.map((wording) => findPhrase(target, wording, 'zh'))) : null;
    if (variant) {
      report('variant', variant);
      continue;
    }
    const wrongs = term.entries.flatMap((entry) => (side === 'en' ? entry.wrongEn : entry.wrongZh));
    const wrong = first(wrongs.map((wording) => findPhrase(target, wording, side)));
    report(wrong ? 'wrong-variant' : 'missing', wrong);
  }
  return violations;
}

function first<T>(values: (T | null)[]): T | null {
  return values.find((value) => value !== null) ?? null;
}

/** One replacement made by {@link autoFix}. */
export interface AppliedFix {
  from: string;
  to: string;
  /** Where the replacement now stands in the fixed text. */
  start: number;
  end: number;
}

/**
 * Replaces every fixable violation's target span with the approved wording (right to left, so
 * offsets stay valid; overlapping spans are fixed once). Missing terms are left for the officer.
 *
 * @example autoFix('衛生署表示…', violations).text // '衞生署表示…'
 */
export function autoFix(target: string, violations: GlossaryViolation[]): { text: string; fixes: AppliedFix[] } {
  const spans = violations
    .filter((violation) => violation.fixable && violation.target !== null && violation.expected[0] !== undefined)
    .map((violation) => ({ span: violation.target as Span, to: violation.expected[0] as string }))
    .sort((a, b) => b.span.start - a.span.start);
  let text = target;
  let limit = Number.POSITIVE_INFINITY;
  const applied: { start: number; from: string; to: string }[] = [];
  for (const { span, to } of spans) {
    if (span.end > limit) continue;
    text = text.slice(0, span.start) + to + text.slice(span.end);
    applied.push({ start: span.start, from: span.text, to });
    limit = span.start;
  }
  // Offsets in the fixed text: each earlier fix shifts the later ones by its change in length.
  applied.reverse();
  let shift = 0;
  const fixes = applied.map(({ start, from, to }) => {
    const fix = { from, to, start: start + shift, end: start + shift + to.length };
    shift += to.length - from.length;
    return fix;
  });
  return { text, fixes };
}
