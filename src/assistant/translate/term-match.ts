import { traditionalToSimplified } from '../../retrieval/index.ts';
import type { Glossary, GlossaryEntry } from './glossary.ts';

/** The two sides of a glossary: English, and Chinese in any script or variant. */
export type TermSide = 'en' | 'zh';

/** A glossary term found in a text: UTF-16 offsets (as JavaScript strings index), so a UI can highlight it. */
export interface TermMatch {
  start: number;
  end: number;
  /** The text as written. */
  text: string;
  /** Every entry with this term on the side searched (several rows for one term are alternatives). */
  entries: GlossaryEntry[];
}

interface Candidate {
  /** Normalised tokens (English) or canonical characters (Chinese). */
  key: string[];
  entries: GlossaryEntry[];
}

/** Candidates by their first key unit, longest first, so the scan takes the longest match. */
type TermIndex = Map<string, Candidate[]>;

// ----- English: tokens, lower-cased, singular, `&` = and, possessive 's dropped ------------------

const EN_TOKEN = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?|&/gu;

function singular(word: string): string {
  if (word.length <= 3 || /\d/u.test(word)) return word;
  if (word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (/(?:sses|shes|ches|xes|zes)$/u.test(word)) return word.slice(0, -2);
  if (word.endsWith('s') && !/(?:ss|us|is)$/u.test(word)) return word.slice(0, -1);
  return word;
}

/** An English word as terms are compared: `Departments'`, `department`, `DEPARTMENT` all meet. */
export function englishKey(word: string): string {
  const lower = word
    .toLowerCase()
    .replace(/['’]s$/u, '')
    .replace(/['’]/gu, '');
  return lower === '&' ? 'and' : singular(lower);
}

interface Token {
  key: string;
  start: number;
  end: number;
}

export function englishTokens(text: string): Token[] {
  return [...text.matchAll(EN_TOKEN)].map((match) => ({
    key: englishKey(match[0]),
    start: match.index,
    end: match.index + match[0].length,
  }));
}

// ----- Chinese: one canonical character per UTF-16 unit, so offsets carry over -------------------

const canonicalChar = new Map<string, string>();

/**
 * Chinese as terms are compared: full-width forms folded (NFKC) and each character mapped to
 * Simplified (OpenCC, Hong Kong variants), one character for one, so 衞生署, 衛生署 and 卫生署 meet
 * and an offset in the canonical text is the same offset in the original.
 */
export function chineseCanonical(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const unit = text.charAt(i);
    let canon = canonicalChar.get(unit);
    if (canon === undefined) {
      canon = unit;
      const code = unit.charCodeAt(0);
      if (code < 0xd800 || code > 0xdfff) {
        const folded = unit.normalize('NFKC');
        if (folded.length === 1) canon = folded;
        const simplified = traditionalToSimplified(canon);
        if (simplified.length === 1) canon = simplified;
        canon = canon.toLowerCase();
      }
      canonicalChar.set(unit, canon);
    }
    out += canon;
  }
  return out;
}

// ----- the index, built once per glossary ------------------------------------------------------

const indexes = new WeakMap<Glossary, Record<TermSide, TermIndex>>();

function add(index: TermIndex, key: string[], entry: GlossaryEntry): void {
  const first = key[0];
  if (first === undefined) return;
  const list = index.get(first) ?? [];
  const same = list.find((candidate) => candidate.key.join('\u0000') === key.join('\u0000'));
  if (same) same.entries.push(entry);
  else list.push({ key, entries: [entry] });
  index.set(first, list);
}

function indexOf(glossary: Glossary): Record<TermSide, TermIndex> {
  let built = indexes.get(glossary);
  if (built) return built;
  built = { en: new Map(), zh: new Map() };
  for (const entry of glossary.entries) {
    add(
      built.en,
      englishTokens(entry.en).map((token) => token.key),
      entry,
    );
    add(built.zh, [...chineseCanonical(entry.zhHant)], entry);
    const hans = chineseCanonical(entry.zhHans);
    if (hans !== chineseCanonical(entry.zhHant)) add(built.zh, [...hans], entry);
  }
  for (const side of [built.en, built.zh])
    for (const list of side.values()) list.sort((a, b) => b.key.length - a.key.length);
  indexes.set(glossary, built);
  return built;
}

/**
 * The glossary terms a text states, leftmost-longest and without overlaps: `Chief Secretary for
 * Administration's Office` is one term, not the post inside it. English ignores case, plurals,
 * possessives and `&`/and; Chinese matches any script or Hong Kong / Taiwan variant of the term.
 *
 * @example findTerms('The Buildings Departments said…', glossary, 'en')[0].entries[0].zhHant // '屋宇署'
 */
export function findTerms(text: string, glossary: Glossary, side: TermSide): TermMatch[] {
  const index = indexOf(glossary)[side];
  const matches: TermMatch[] = [];
  if (side === 'en') {
    const tokens = englishTokens(text);
    for (let i = 0; i < tokens.length; ) {
      const found = (index.get(tokens[i]?.key ?? '') ?? []).find((candidate) =>
        candidate.key.every((key, k) => tokens[i + k]?.key === key),
      );
      if (!found) {
        i++;
        continue;
      }
      const start = tokens[i]?.start ?? 0;
      const end = tokens[i + found.key.length - 1]?.end ?? start;
      matches.push({ start, end, text: text.slice(start, end), entries: found.entries });
      i += found.key.length;
    }
    return matches;
  }
  const canonical = chineseCanonical(text);
  for (let i = 0; i < canonical.length; ) {
    const found = (index.get(canonical.charAt(i)) ?? []).find((candidate) =>
      canonical.startsWith(candidate.key.join(''), i),
    );
    if (!found) {
      i++;
      continue;
    }
    const end = i + found.key.length;
    matches.push({ start: i, end, text: text.slice(i, end), entries: found.entries });
    i = end;
  }
  return matches;
}

/**
 * Where a phrase first occurs in a text the way terms are compared (English: tokens; Chinese:
 * canonical characters), or null.
 */
export function findPhrase(text: string, phrase: string, side: TermSide): { start: number; end: number } | null {
  return phraseOccurrences(text, phrase, side, false)[0] ?? null;
}

/**
 * Every place a phrase occurs in a text (UTF-16 offsets). English: by tokens, so case, plural and
 * `&`/and do not matter. Chinese: `exact` as written, else in any script or regional variant.
 */
export function phraseOccurrences(
  text: string,
  phrase: string,
  side: TermSide,
  exact = true,
): { start: number; end: number }[] {
  const found: { start: number; end: number }[] = [];
  if (phrase === '') return found;
  if (side === 'zh') {
    const [haystack, needle] = exact ? [text, phrase] : [chineseCanonical(text), chineseCanonical(phrase)];
    for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
      found.push({ start: at, end: at + needle.length });
    }
    return found;
  }
  const tokens = englishTokens(text);
  const key = englishTokens(phrase).map((token) => token.key);
  if (key.length === 0) return found;
  for (let i = 0; i + key.length <= tokens.length; i++) {
    if (key.every((k, j) => tokens[i + j]?.key === k)) {
      found.push({ start: tokens[i]?.start ?? 0, end: tokens[i + key.length - 1]?.end ?? 0 });
    }
  }
  return found;
}
