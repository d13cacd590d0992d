import { checkGrounding } from '../../guard/index.ts';
import { splitSentences } from '../summarise/index.ts';
import type { DraftInput, DraftIssue } from './draft-types.ts';
import { fillTemplate, layoutOf } from './fill-template.ts';
import type { DraftTemplate } from './template-schema.ts';

/** Below this share of its content found in the facts and sources, a sentence is an unsupported claim. */
export const MIN_SUPPORT = 0.5;

// Negation words: a sentence and its closest source disagreeing on them say opposite things.
const NEGATION_EN = /\b(not|no|never|cannot|neither|nor|without)\b|n't\b/gi;
// 不 and 未 alone, but not in words where they negate nothing (不過 but, 不論 whatever, 未來 future, 非常 very).
const NEGATION_ZH = /不(?!過|少|論|斷|但|僅|久|同|錯|然|妨|單)|未(?!來)|沒有|無須|無需|毋須|非(?!常)/g;

/** Words whose swap turns a statement into its opposite while keeping every other word. */
const OPPOSITES: readonly [RegExp, RegExp][] = [
  [/\bapproved?\b/i, /\b(rejected?|refused|declined)\b/i],
  [/\bopen(ed|s)?\b/i, /\bclosed?\b/i],
  [/\bincrease[sd]?\b/i, /\bdecrease[sd]?\b/i],
  [/\b(allowed|permitted)\b/i, /\b(prohibited|forbidden|banned)\b/i],
  [/\b(free|waived)\b/i, /\b(charged|payable)\b/i],
  [/\bbefore\b/i, /\bafter\b/i],
  [/(批准|接納)/, /(拒絕|駁回|不批准)/],
  [/開放/, /關閉/],
  [/(增加|上升|上調)/, /(減少|下降|下調)/],
  [/(准許|容許|允許)/, /(禁止|不准)/],
  [/(免費|豁免)/, /(收費|須繳)/],
];

/** Whether the sentence is negated: an odd number of negations ("may not choose not to" is not). */
const negated = (text: string) =>
  ((text.match(NEGATION_EN)?.length ?? 0) + (text.match(NEGATION_ZH)?.length ?? 0)) % 2 === 1;

/**
 * Hong Kong telephone numbers (8 digits, optionally +852). The guard's grounding check leaves them
 * to the personal-data check, but in a draft a hotline or contact number no source gives is a
 * wrong figure: a reader would call it.
 */
const PHONE = /(?<![\d])(?:\+?852[\s-]?)?[2-9]\d{3}[\s-]?\d{4}(?![\d])/g;
const phoneDigits = (text: string) => [...text.matchAll(PHONE)].map((m) => m[0].replace(/\D/g, '').slice(-8));

/** Whether `claim` and `source` hold opposite words (or one negates what the other states). */
function opposes(claim: string, source: string): boolean {
  if (negated(claim) !== negated(source)) return true;
  return OPPOSITES.some(
    ([a, b]) =>
      (a.test(claim) && !a.test(source) && b.test(source)) || (b.test(claim) && !b.test(source) && a.test(source)),
  );
}

/** Each sentence of `text` with its offsets. */
function sentencesWithOffsets(text: string): { sentence: string; start: number; end: number }[] {
  const out: { sentence: string; start: number; end: number }[] = [];
  let cursor = 0;
  for (const sentence of splitSentences(text)) {
    const start = text.indexOf(sentence, cursor);
    if (start < 0) continue;
    out.push({ sentence, start, end: start + sentence.length });
    cursor = start + sentence.length;
  }
  return out;
}

const quote = (text: string) => (text.length > 120 ? `${text.slice(0, 117)}…` : text);

/**
 * The draft's issue report (like UK Minute's hallucination table): every sentence is checked with
 * the guard's grounding check against what the draft may rest on (the officer's facts and sources,
 * the slot values and the template's own lines). A figure (amount, number, date) no source holds is
 * a **wrong figure**; a sentence whose content is mostly not in them an **unsupported claim**; one
 * that matches a source sentence but negates it or swaps a word for its opposite a **contradiction**.
 * Each required element of the template that the text lacks is a **missing element**.
 *
 * @example draftIssues(template, input, 'Dear Mr Chan,\n\nThe fee is HK$120.')
 */
export function draftIssues(template: DraftTemplate, input: DraftInput, text: string): DraftIssue[] {
  const factSentences = input.facts.flatMap((fact) => splitSentences(fact));
  // The template's lines with the slots filled, and each slot's value: the draft may say them.
  const templateLines = fillTemplate(template, { ...input, facts: [] }).map((p) => p.text);
  const slotValues = Object.values(input.slots).filter((value) => value.trim() !== '');
  const passages = [...factSentences, ...templateLines, ...slotValues, ...layoutOf(template, input.language).skeleton];
  const known = new Set(passages.flatMap(phoneDigits));
  const issues: DraftIssue[] = [];
  for (const { sentence, start, end } of sentencesWithOffsets(text)) {
    const report = checkGrounding(sentence, passages, { minSupport: MIN_SUPPORT });
    const phones = [...sentence.matchAll(PHONE)].filter((m) => !known.has(m[0].replace(/\D/g, '').slice(-8)));
    const figures = [...report.inventedFigures, ...phones.map((m) => m[0])];
    const support = report.sentences.length === 0 ? 1 : Math.min(...report.sentences.map((s) => s.support));
    if (figures.length > 0) {
      issues.push({
        kind: 'wrong_figure',
        sentence,
        start,
        end,
        figures,
        explanation: {
          en: `States ${figures.join(', ')}, which none of the facts or sources gives: check the figure against them.`,
          zh: `所述的 ${figures.join('、')} 不見於任何所提供的資料或來源：請與來源核對。`,
        },
      });
      continue;
    }
    if (support < MIN_SUPPORT) {
      issues.push({
        kind: 'unsupported_claim',
        sentence,
        start,
        end,
        support,
        explanation: {
          en: `Not supported by the facts or sources given (support ${support.toFixed(2)}, below ${MIN_SUPPORT}): check it, add its source, or remove it.`,
          zh: `所提供的資料或來源不支持此句（支持度 ${support.toFixed(2)}，低於 ${MIN_SUPPORT}）：請核實、補充來源或刪去。`,
        },
      });
      continue;
    }
    const closest = checkGrounding(sentence, factSentences, { minSupport: MIN_SUPPORT }).sentences[0];
    const source = closest && closest.passage >= 0 ? factSentences[closest.passage] : undefined;
    if (closest && source !== undefined && closest.support >= MIN_SUPPORT && opposes(sentence, source)) {
      issues.push({
        kind: 'contradiction',
        sentence,
        start,
        end,
        support: closest.support,
        source,
        explanation: {
          en: `Says the opposite of the source: "${quote(source)}"`,
          zh: `與來源所述相反：「${quote(source)}」`,
        },
      });
    }
  }
  for (const element of template.requiredElements) {
    const value = element.slot === undefined ? '' : (input.slots[element.slot] ?? '').trim();
    const pattern = element.pattern?.[input.language === 'en' ? 'en' : 'zh'];
    const present =
      value !== '' ? text.includes(value) : pattern !== undefined ? new RegExp(pattern, 'imu').test(text) : false;
    if (!present)
      issues.push({
        kind: 'missing_element',
        sentence: null,
        start: null,
        end: null,
        element: element.id,
        explanation: {
          en: `The ${element.label.en.toLowerCase()} is missing${value === '' ? '' : ` (${quote(value)})`}.`,
          zh: `欠缺${element.label.zh}${value === '' ? '' : `（${quote(value)}）`}。`,
        },
      });
  }
  return issues;
}
