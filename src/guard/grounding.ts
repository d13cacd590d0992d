import { chineseNumeral } from '../core/index.ts';
import { phoneDetector } from './pii/phone.ts';

/**
 * Grounding: how well each sentence of an answer is supported by the source passages it cites.
 * Support = share of the sentence's content units (English words, Chinese character bigrams) found
 * in the best passage; every number, amount, percentage and date in the sentence must also appear
 * in some passage, or it is flagged as an invented figure. Bilingual by construction: units are
 * script-aware, and figures are compared as normalised numbers (`HK$1,200` = `1200`).
 */
export interface SentenceSupport {
  sentence: string;
  start: number;
  end: number;
  /** 0..1: share of the sentence's content units found in the best-matching passage. */
  support: number;
  /** Index of the best-matching passage, or -1. */
  passage: number;
  supported: boolean;
  /** Figures in the sentence that no passage contains. */
  inventedFigures: string[];
}

export interface GroundingReport {
  /** Mean support over sentences. */
  score: number;
  sentences: SentenceSupport[];
  unsupported: number;
  inventedFigures: string[];
}

export interface GroundingOptions {
  /** Minimum support for a sentence to count as supported (default 0.5). */
  minSupport?: number;
}

const SENTENCE = /[^。！？!?\n]+(?:[。！？!?]+|\n|$)|[^.]+(?:\.(?=\s|$)|$)/g;
const FIGURE = /(?:HK\$|US\$|\$|RMB|¥)?\s?\d[\d,]*(?:\.\d+)?\s?(?:%|％|萬|万|億|亿|元|蚊|港元)?/gi;
const STOP_EN = new Set(
  'the a an and or of to in on for with is are was were be been it this that you your we our can will may at by from as if not no yes please'.split(
    ' ',
  ),
);

function units(text: string): Set<string> {
  const out = new Set<string>();
  const lower = text.toLowerCase();
  for (const w of lower.match(/[a-z][a-z'-]+/g) ?? [])
    if (!STOP_EN.has(w) && w.length > 2) out.add(w.replace(/s$/, ''));
  for (const run of lower.match(/[\u3400-\u9fff]+/g) ?? []) {
    if (run.length === 1) out.add(run);
    for (let i = 0; i + 2 <= run.length; i++) out.add(run.slice(i, i + 2));
  }
  return out;
}

/** A figure as a bare number string (`HK$1,200.00` → `1200`), so formats in two languages compare equal. */
function figureValue(raw: string): string | null {
  const digits = raw.replace(/[^\d.]/g, '');
  if (digits === '' || digits === '.') return null;
  let n = Number(digits);
  if (/萬|万/.test(raw)) n *= 10_000;
  if (/億|亿/.test(raw)) n *= 100_000_000;
  return Number.isFinite(n) ? String(n) : null;
}

/** A Chinese numeral counting something ("八十元", "三年", "五百個"): the measure word keeps 十分 (very) out. */
const CHINESE_FIGURE =
  /([零〇一二兩两三四五六七八九十百千]+)([萬万億亿]?)(?=[元蚊年月日天歲岁小時时週周次隻只間间個个人張张份項项])/g;

/** Chinese numerals written as digits, so 港幣八十元 and HK$80 compare equal. */
function arabicNumerals(text: string): string {
  return text.replace(CHINESE_FIGURE, (_match, digits: string, big: string) => String(chineseNumeral(digits, big)));
}

/** Citation markers like `[1]` point at sources; they are not figures the answer states. */
const CITATION_MARKER = /\[\d{1,2}\]/g;

/**
 * Telephone numbers are contact details, not quantities: the output stage's personal-data check
 * decides about them (the source's hotline is served, a number the model added is masked), so a
 * number alone does not sink an otherwise grounded answer.
 */
function withoutPhoneNumbers(text: string): string {
  let out = text;
  const phones = phoneDetector.detect(text).sort((a, b) => b.start - a.start);
  for (const phone of phones) out = `${out.slice(0, phone.start)} ${out.slice(phone.end)}`;
  return out;
}

function figures(text: string): { raw: string; value: string }[] {
  const out: { raw: string; value: string }[] = [];
  for (const m of arabicNumerals(withoutPhoneNumbers(text.replace(CITATION_MARKER, ' '))).matchAll(FIGURE)) {
    const value = figureValue(m[0]);
    if (value !== null) out.push({ raw: m[0].trim(), value });
  }
  return out;
}

/**
 * Scores `answer` against `passages`.
 *
 * @example checkGrounding('Fee is HK$500.', ['The fee is HK$300.']).inventedFigures // ['HK$500']
 */
export function checkGrounding(
  answer: string,
  passages: readonly string[],
  options: GroundingOptions = {},
): GroundingReport {
  const minSupport = options.minSupport ?? 0.5;
  const passageUnits = passages.map(units);
  const passageFigures = new Set(passages.flatMap((p) => figures(p).map((f) => f.value)));
  const sentences: SentenceSupport[] = [];
  for (const m of answer.matchAll(SENTENCE)) {
    const sentence = m[0].trim();
    if (sentence.length === 0) continue;
    const start = m.index + m[0].indexOf(sentence);
    const own = units(sentence);
    let best = 0;
    let passage = -1;
    passageUnits.forEach((pu, i) => {
      if (own.size === 0) return;
      let hit = 0;
      for (const u of own) if (pu.has(u)) hit++;
      const share = hit / own.size;
      if (share > best) {
        best = share;
        passage = i;
      }
    });
    const support = own.size === 0 ? 1 : best;
    const inventedFigures = figures(sentence)
      .filter((f) => !passageFigures.has(f.value))
      .map((f) => f.raw);
    sentences.push({
      sentence,
      start,
      end: start + sentence.length,
      support: Math.round(support * 1000) / 1000,
      passage,
      supported: support >= minSupport && inventedFigures.length === 0,
      inventedFigures,
    });
  }
  const score = sentences.length === 0 ? 1 : sentences.reduce((a, s) => a + s.support, 0) / sentences.length;
  return {
    score: Math.round(score * 1000) / 1000,
    sentences,
    unsupported: sentences.filter((s) => !s.supported).length,
    inventedFigures: sentences.flatMap((s) => s.inventedFigures),
  };
}
