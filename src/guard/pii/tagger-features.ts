import { fnv1a } from '../fnv1a.ts';
import type { PiiFinding } from './detector.ts';
import { nameGazetteer } from './name-gazetteer.ts';

/**
 * What the personal-data word tagger (`token-tagger.ts`) reads: the words of a text with the rule
 * detectors' label of each, and for one word its hashed features — spelling, shape, name lists,
 * neighbours, rule labels and the label of the word before — in a shared bucket space of
 * 2^{@link TAGGER_BITS} buckets, each holding one weight per label.
 */
export const TAGGER_LABELS = ['O', 'PERSON', 'ADDRESS'] as const;
export type TaggerLabel = (typeof TAGGER_LABELS)[number];
/** Feature hash space: 2^15 buckets, each holding one weight per label (side by side, read together). */
export const TAGGER_BITS = 15;
const MASK = (1 << TAGGER_BITS) - 1;
const LABELS = TAGGER_LABELS.length;

export interface Word {
  start: number;
  end: number;
  /** The label the rule detectors gave the word: O, PERSON, ADDRESS or PII (another type). */
  rule: 'O' | 'PERSON' | 'ADDRESS' | 'PII';
  cjk: boolean;
  /** Starts with a lower-case letter and is on no name list: after an untagged word it is never tagged, unscored. */
  plain: boolean;
  /** On a name list (any of them). */
  listed: boolean;
  /** First word of the text, of a line or after `.`, `!`, `?` or `:`: capitalised whatever it is. */
  sentenceStart: boolean;
  /** The word as written and in lower case. */
  text: string;
  lowerText: string;
  /**
   * Hashes of what the features read (flat, as there is one record per word of every scanned
   * text): the gap before the word (space, line break, comma...), its name-list membership and the
   * rule label; then, filled in by {@link hashWord} only for words a
   * scored word reads (most plain words are never read), the lower-case word, its shape (`Xxx`,
   * `dd`) and its last three letters.
   */
  gap: number;
  names: number;
  ruleHash: number;
  hashed: boolean;
  lower: number;
  shape: number;
  suffix3: number;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
/** Whether each UTF-16 unit is a letter or digit: 0 not yet known, 1 yes, 2 no (filled on first sight). */
const wordUnit = new Uint8Array(65536);

/** A letter or digit (`[\p{L}\p{N}]`), read from a table rather than a regex per character; astral letters count by their pair. */
function isWordChar(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  if (code >= 0xd800 && code <= 0xdfff)
    return WORD_CHAR.test(text.slice(code <= 0xdbff ? at : at - 1, (code <= 0xdbff ? at : at - 1) + 2));
  let known = wordUnit[code];
  if (known === 0) {
    known = WORD_CHAR.test(String.fromCharCode(code)) ? 1 : 2;
    wordUnit[code] = known;
  }
  return known === 1;
}

const hashString = (s: string, from = 0, to = s.length): number => fnv1a(s, 0, from, to);

/** Upper `X`, lower `x`, digit `d`, other `c`; runs collapse to two (`Hoffmann` and `Lee` are both `Xxx`): length says little. */
function shapeHash(word: string): number {
  let h = 0x811c9dc5;
  let last = 0;
  let run = 0;
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    let c: number;
    if (code >= 48 && code <= 57)
      c = 100; // d
    else if (code >= 65 && code <= 90)
      c = 88; // X
    else if (code >= 97 && code <= 122)
      c = 120; // x
    else {
      const ch = word[i] as string;
      c = ch !== ch.toLowerCase() ? 88 : ch !== ch.toUpperCase() ? 120 : 99;
    }
    run = c === last ? run + 1 : 1;
    last = c;
    if (run <= 2) h = Math.imul(h ^ c, 0x01000193);
  }
  return h >>> 0;
}

const GAP = {
  none: hashString('none'),
  nl: hashString('nl'),
  sp: hashString('sp'),
  other: hashString('other'),
  bos: hashString('bos'),
  ',': hashString(','),
  '.': hashString('.'),
  ':': hashString(':'),
  '-': hashString('-'),
};

/** The class of what stands between two words: nothing, spaces, a line break, one mark (`,` `.` `:` `-`) or other. */
function gapHash(text: string, from: number, to: number): number {
  if (from === to) return GAP.none;
  let mark = '';
  for (let i = from; i < to; i++) {
    const ch = text[i] as string;
    if (ch === '\n') return GAP.nl;
    if (ch === ' ' || ch === '\t') continue;
    if (mark !== '' || !(ch === ',' || ch === '.' || ch === ':' || ch === '-')) return GAP.other;
    mark = ch;
  }
  return mark === '' ? GAP.sp : GAP[mark as ',' | '.' | ':' | '-'];
}

/** Whether `text[from, to)` holds a full stop, `!`, `?`, `:` or a line break. */
function breaksSentence(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code === 46 || code === 33 || code === 63 || code === 58 || code === 10) return true;
  }
  return false;
}

const RULE_HASH = {
  O: hashString('O'),
  PERSON: hashString('PERSON'),
  ADDRESS: hashString('ADDRESS'),
  PII: hashString('PII'),
};
/** Name-list membership as a bit set (given, given-and-word, surname, not-a-name) and its 16 hashes. */
const NAMES_HASH = Array.from({ length: 16 }, (_, bits) => hashString(`names${bits}`));

/** The word starts the text or a line. */
export function startsLine(word: Word): boolean {
  return word.gap === GAP.bos || word.gap === GAP.nl;
}

function startsLower(word: string): boolean {
  const code = word.charCodeAt(0);
  if (code < 128) return code >= 97 && code <= 122;
  const first = word[0] as string;
  return first !== first.toUpperCase();
}

let kinds: Map<string, number> | undefined;

/** Name-list membership of each listed word as bits (given 1, given-and-word 2, surname 4, not-a-name 8): one lookup a word. */
function nameKinds(): Map<string, number> {
  if (kinds) return kinds;
  const gazetteer = nameGazetteer();
  const built = new Map<string, number>();
  const mark = (words: ReadonlySet<string>, bit: number) => {
    for (const word of words) built.set(word, (built.get(word) ?? 0) | bit);
  };
  mark(gazetteer.given, 1);
  mark(gazetteer.givenWord, 2);
  mark(gazetteer.surname, 4);
  mark(gazetteer.notName, 8);
  kinds = built;
  return built;
}

/**
 * Splits text into words with everything the features read; `rules` are the rule detectors'
 * findings, not overlapping and in text order (as `detectPii` returns them).
 */
export function wordsOf(text: string, rules: readonly PiiFinding[]): Word[] {
  const listed = nameKinds();
  const out: Word[] = [];
  let previousEnd = 0;
  let ruleAt = 0;
  for (let at = 0; at < text.length; ) {
    if (!isWordChar(text, at)) {
      at++;
      continue;
    }
    const start = at;
    let cjk = false;
    for (; at < text.length && isWordChar(text, at); at++) {
      const code = text.charCodeAt(at);
      if (code >= 0x3400 && code <= 0x9fff) cjk = true;
    }
    const end = at;
    const word = text.slice(start, end);
    // Chinese words are never tagged and no name list holds them: no case folding, no lookup.
    const lower = cjk ? word : word.toLowerCase();
    while (ruleAt < rules.length && (rules[ruleAt]?.end ?? 0) <= start) ruleAt++;
    const hit = rules[ruleAt] && (rules[ruleAt] as PiiFinding).start < end ? rules[ruleAt] : undefined;
    const rule = hit ? (hit.type === 'PERSON' || hit.type === 'ADDRESS' ? hit.type : 'PII') : 'O';
    const names = cjk ? 0 : (listed.get(lower) ?? 0);
    const gap = out.length === 0 ? GAP.bos : gapHash(text, previousEnd, start);
    out.push({
      start,
      end,
      rule,
      cjk,
      plain: names === 0 && startsLower(word),
      listed: names !== 0,
      sentenceStart: out.length === 0 || breaksSentence(text, previousEnd, start),
      text: word,
      lowerText: lower,
      gap,
      names: NAMES_HASH[names] ?? 0,
      ruleHash: RULE_HASH[rule],
      hashed: false,
      lower: 0,
      shape: 0,
      suffix3: 0,
    });
    previousEnd = end;
  }
  return out;
}

/** Fills in the word's spelling hashes the first time a feature reads them. */
function hashWord(word: Word | undefined): void {
  if (word === undefined || word.hashed) return;
  word.lower = hashString(word.lowerText);
  word.shape = shapeHash(word.text);
  word.suffix3 = hashString(word.lowerText, Math.max(0, word.lowerText.length - 3));
  word.hashed = true;
}

const EDGE_BEFORE = hashString('<s>');
const EDGE_AFTER = hashString('</s>');
const HIDDEN_RULE = hashString('?');
const LABEL_HASH = TAGGER_LABELS.map((l) => hashString(l));

/** One feature's bucket: its template number and up to three value hashes, mixed (murmur3's finaliser). */
function bucket(template: number, a: number, b = 0, c = 0): number {
  let h = Math.imul(a ^ Math.imul(template + 1, 0x9e3779b1), 0x85ebca6b) ^ b;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35) ^ c;
  h = Math.imul(h ^ (h >>> 16), 0x27d4eb2d);
  return (h ^ (h >>> 15)) & MASK;
}

function ruleOf(word: Word | undefined, edge: number, hidden: boolean): number {
  return word ? (hidden ? HIDDEN_RULE : word.ruleHash) : edge;
}

/**
 * The feature buckets of word `i` given the label of the word before (written into `out`, which
 * is returned). `hideRules` blanks the rule labels, as training does for some texts.
 */
export function featuresOf(
  words: readonly Word[],
  i: number,
  previous: TaggerLabel,
  hideRules = false,
  out: number[] = [],
): number[] {
  const w = words[i] as Word;
  const p1 = words[i - 1];
  const p2 = words[i - 2];
  const n1 = words[i + 1];
  const n2 = words[i + 2];
  hashWord(w);
  hashWord(p1);
  hashWord(p2);
  hashWord(n1);
  hashWord(n2);
  const prev = LABEL_HASH[TAGGER_LABELS.indexOf(previous)] ?? 0;
  out.length = 0;
  out.push(
    bucket(0, 0),
    bucket(1, w.lower),
    bucket(2, p1?.lower ?? EDGE_BEFORE),
    bucket(3, n1?.lower ?? EDGE_AFTER),
    bucket(4, p2?.lower ?? EDGE_BEFORE),
    bucket(5, n2?.lower ?? EDGE_AFTER),
    bucket(6, w.shape),
    bucket(7, p1?.shape ?? EDGE_BEFORE, w.shape),
    bucket(8, w.shape, n1?.shape ?? EDGE_AFTER),
    bucket(9, w.suffix3),
    bucket(10, w.names),
    bucket(11, p1?.names ?? EDGE_BEFORE),
    bucket(12, n1?.names ?? EDGE_AFTER),
    bucket(13, ruleOf(w, 0, hideRules)),
    bucket(14, ruleOf(p1, EDGE_BEFORE, hideRules)),
    bucket(15, ruleOf(n1, EDGE_AFTER, hideRules)),
    bucket(16, w.gap),
    bucket(17, n1?.gap ?? EDGE_AFTER),
    bucket(18, prev),
    bucket(19, prev, w.shape),
    bucket(20, prev, w.gap),
    bucket(21, ruleOf(w, 0, hideRules), w.shape),
    bucket(22, w.names, w.shape),
    bucket(23, startsLine(w) ? 1 : 2, w.shape),
    bucket(24, p1?.names ?? EDGE_BEFORE, w.names, n1?.names ?? EDGE_AFTER),
    // A postcode then a line break usually ends an address block.
    bucket(25, prev, p1?.shape ?? EDGE_BEFORE, w.gap),
  );
  return out;
}

/** Where the weight of `label` for feature bucket `bucket` lives. */
export const weightAt = (bucket: number, label: number): number => bucket * LABELS + label;

/** The label with the highest score (the first on a tie). */
export function bestLabel(scores: Float64Array): number {
  let top = 0;
  for (let label = 1; label < LABELS; label++) if ((scores[label] ?? 0) > (scores[top] ?? 0)) top = label;
  return top;
}

/** Sums each label's weights over the word's features into `scores`. */
export function scoreLabels(weights: Float32Array, features: readonly number[], scores: Float64Array): void {
  let o = 0;
  let person = 0;
  let address = 0;
  for (const bucket of features) {
    const at = bucket * LABELS;
    o += weights[at] ?? 0;
    person += weights[at + 1] ?? 0;
    address += weights[at + 2] ?? 0;
  }
  scores[0] = o;
  scores[1] = person;
  scores[2] = address;
}
