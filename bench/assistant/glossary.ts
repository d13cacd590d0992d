/**
 * Glossary enforcement (issue #17), LionRock beside a naive check in one run; part of `npm run
 * bench:assistant` and runnable alone (`tsx bench/assistant/glossary.ts`). Writes
 * bench/results/assistant-glossary.md/json.
 *
 * There is no public set of government translations with glossary errors marked, so the pairs are
 * built: bilingual sentence templates (written for this bench, below) filled with real term pairs
 * from ../shared/data/glossary (department names, posts, ordinance and bill titles), and in about
 * half of them one violation is planted in the translation:
 * - `wrong-term`: another glossary entry's translation (屋宇署 where 建築署 is approved);
 * - `omitted`: the term replaced by a generic word (該部門 / the department);
 * - `variant`: (English → Chinese) the term in the Taiwan standard or Simplified script (衛生署 for 衞生署);
 * - `longer-term`: a longer glossary term that contains the approved one (食物環境衞生署 where 衞生署 is
 *   meant, the bureau's Secretary for the bureau, a bills committee for its bill): one pair per term
 *   and direction where the seeds have such a term, on top of the others.
 * The English side is written as officers write it: mostly as in the glossary, sometimes in lower
 * case or with `&` for `and`; the Chinese source sometimes uses the Taiwan variant of the term.
 *
 * A reported violation counts as found when the sentence has a planted one and the report expects
 * the planted term's approved wording; any other report is a false alarm. Naive baseline: every
 * glossary pair whose source wording is an exact substring of the source sentence and whose approved
 * translation is not an exact substring of the target.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as OpenCC from 'opencc-js';
import {
  autoFix,
  checkSentence,
  type Glossary,
  type GlossaryEntry,
  loadGlossary,
  type TargetLanguage,
} from '../../src/assistant/translate/index.ts';

/** Templates: `{A}` (and `{B}`) take a term; the Chinese side is the approved translation. */
const TEMPLATES: [string, string][] = [
  ['The {A} will reply to the enquiry within ten working days.', '{A}將於十個工作天內回覆查詢。'],
  ['Please contact the {A} for further information.', '如需進一步資料，請聯絡{A}。'],
  ['A representative of the {A} attended the meeting.', '{A}代表出席了會議。'],
  ['The {A} has reviewed the proposal.', '{A}已審閱有關建議。'],
  ['Comments from the {A} were received on 3 March.', '已於3月3日收到{A}的意見。'],
  ['According to the {A}, the works will be completed next year.', '據{A}表示，工程將於明年完成。'],
  ['Staff of the {A} inspected the site yesterday.', '{A}職員昨日視察了現場。'],
  ['The paper was circulated to the {A} for comment.', '文件已送交{A}徵詢意見。'],
  ['The {A} and the {B} will set up a joint working group.', '{A}與{B}將成立聯合工作小組。'],
  ['The {A} referred the complaint to the {B}.', '{A}已將投訴轉交{B}。'],
  ['Officers from the {A} briefed the {B} on the plan.', '{A}人員向{B}簡介了計劃。'],
  ['The {A} will consult the {B} before the end of the month.', '{A}將於月底前諮詢{B}。'],
];

/** LegCo seed fields that are term pairs a department would approve (names and honorifics are not). */
const TERM_FIELDS = new Set(['post', 'proposed_by', 'ordinance_title', 'bill_title', 'bills_committee_title']);
const GENERIC = { 'zh-Hant': '該部門', en: 'the department' } as const;

interface Planted {
  kind: 'wrong-term' | 'omitted' | 'variant' | 'longer-term';
  /** The approved wording the violation is about. */
  expected: string;
}

export interface GlossaryPair {
  from: TargetLanguage;
  to: TargetLanguage;
  source: string;
  target: string;
  planted: Planted | null;
}

/** mulberry32: a small seeded generator, so every run builds the same pairs. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const toTaiwan = OpenCC.Converter({ from: 'hk', to: 'tw' });
const toSimplified = OpenCC.Converter({ from: 'hk', to: 'cn' });

/** Another written form of an approved Chinese term: the Taiwan standard one, else Simplified (null: none differs). */
function variantOf(zh: string): string | null {
  const taiwan = toTaiwan(zh);
  if (taiwan !== zh) return taiwan;
  const simplified = toSimplified(zh);
  return simplified !== zh ? simplified : null;
}

/** How an officer writes the English term: as in the glossary, in lower case, or `&` ↔ `and`. */
function writtenEnglish(en: string, roll: number): string {
  if (roll < 0.2) return en.toLowerCase();
  if (roll < 0.35 && / and |&/u.test(en)) return en.includes('&') ? en.replace('&', 'and') : en.replace(' and ', ' & ');
  return en;
}

export function buildPairs(terms: readonly GlossaryEntry[], count: number, seed = 17): GlossaryPair[] {
  const next = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const pairs: GlossaryPair[] = [];
  for (let n = 0; n < count; n++) {
    const [enTemplate, zhTemplate] = pick(TEMPLATES);
    const a = pick(terms);
    let b = pick(terms);
    while (b === a) b = pick(terms);
    const zhToEn = n % 2 === 1;
    const slots = enTemplate.includes('{B}') ? [a, b] : [a];
    const victim = next() < 0.5 ? Math.floor(next() * slots.length) : -1;
    const kinds: Planted['kind'][] = zhToEn ? ['wrong-term', 'omitted'] : ['wrong-term', 'omitted', 'variant'];
    let planted: Planted | null = null;
    let source = zhToEn ? zhTemplate : enTemplate;
    let target = zhToEn ? enTemplate : zhTemplate;
    slots.forEach((entry, i) => {
      const slot = i === 0 ? '{A}' : '{B}';
      const sourceWording = zhToEn
        ? next() < 0.25
          ? (variantOf(entry.zhHant) ?? entry.zhHant)
          : entry.zhHant
        : writtenEnglish(entry.en, next());
      let targetWording = zhToEn ? writtenEnglish(entry.en, next()) : entry.zhHant;
      if (i === victim) {
        let kind = pick(kinds);
        const variant = variantOf(entry.zhHant);
        if (kind === 'variant' && variant === null) kind = 'wrong-term';
        const other = pick(terms.filter((t) => t !== entry && t.zhHant !== entry.zhHant && t.en !== entry.en));
        if (kind === 'wrong-term') targetWording = zhToEn ? other.en : other.zhHant;
        else if (kind === 'omitted') targetWording = zhToEn ? GENERIC.en : GENERIC['zh-Hant'];
        else targetWording = variant ?? entry.zhHant;
        planted = { kind, expected: zhToEn ? entry.en : entry.zhHant };
      }
      source = source.replace(slot, sourceWording);
      target = target.replace(slot, targetWording);
    });
    // "the the department": the English template already has its article.
    target = target.replace(/\bthe the\b/giu, 'the');
    pairs.push({ from: zhToEn ? 'zh-Hant' : 'en', to: zhToEn ? 'en' : 'zh-Hant', source, target, planted });
  }
  const single = TEMPLATES.filter(([en]) => !en.includes('{B}'));
  for (const entry of terms) {
    for (const zhToEn of [false, true]) {
      const container = terms.find((other) =>
        zhToEn
          ? other.en.length > entry.en.length && containsWords(other.en, entry.en)
          : other.zhHant.length > entry.zhHant.length && other.zhHant.includes(entry.zhHant),
      );
      if (!container) continue;
      const [enTemplate, zhTemplate] = pick(single);
      pairs.push({
        from: zhToEn ? 'zh-Hant' : 'en',
        to: zhToEn ? 'en' : 'zh-Hant',
        source: (zhToEn ? zhTemplate : enTemplate).replace('{A}', zhToEn ? entry.zhHant : entry.en),
        target: (zhToEn ? enTemplate : zhTemplate).replace('{A}', zhToEn ? container.en : container.zhHant),
        planted: { kind: 'longer-term', expected: zhToEn ? entry.en : entry.zhHant },
      });
    }
  }
  return pairs;
}

function containsWords(longer: string, shorter: string): boolean {
  const escaped = shorter.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
  return new RegExp(`(?:^|\\W)${escaped}(?:\\W|$)`, 'u').test(longer);
}

/** What a checker says about one pair: the approved wordings it reports as violated. */
type Checker = (pair: GlossaryPair) => string[];

export function lionrockChecker(glossary: Glossary): Checker {
  return (pair) =>
    checkSentence(pair.source, pair.target, glossary, pair.from, pair.to).flatMap((v) => v.expected.slice(0, 1));
}

export function naiveChecker(glossary: Glossary): Checker {
  return (pair) =>
    glossary.entries.flatMap((entry) => {
      const [from, to] = pair.from === 'en' ? [entry.en, entry.zhHant] : [entry.zhHant, entry.en];
      return pair.source.includes(from) && !pair.target.includes(to) ? [to] : [];
    });
}

interface Score {
  planted: number;
  found: number;
  falseAlarms: number;
  precision: number;
  recall: number;
  f1: number;
}

function score(pairs: readonly GlossaryPair[], checker: Checker): Score {
  let planted = 0;
  let found = 0;
  let falseAlarms = 0;
  for (const pair of pairs) {
    const reported = new Set(checker(pair));
    if (pair.planted) {
      planted++;
      if (reported.has(pair.planted.expected)) {
        found++;
        reported.delete(pair.planted.expected);
      }
    }
    falseAlarms += reported.size;
  }
  const precision = found + falseAlarms === 0 ? 1 : found / (found + falseAlarms);
  const recall = planted === 0 ? 1 : found / planted;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { planted, found, falseAlarms, precision, recall, f1 };
}

/** Share of planted variants that auto-fix turns into exactly the approved translation. */
function autoFixRate(pairs: readonly GlossaryPair[], glossary: Glossary): { variants: number; fixed: number } {
  let variants = 0;
  let fixed = 0;
  for (const pair of pairs) {
    if (pair.planted?.kind !== 'variant') continue;
    variants++;
    const violations = checkSentence(pair.source, pair.target, glossary, pair.from, pair.to);
    const { text } = autoFix(pair.target, violations);
    if (
      text.includes(pair.planted.expected) &&
      checkSentence(pair.source, text, glossary, pair.from, pair.to).length === 0
    )
      fixed++;
  }
  return { variants, fixed };
}

export interface GlossaryBench {
  markdown: string;
  results: Record<string, unknown>;
}

export function requireGlossaryData(data: string): void {
  if (!existsSync(join(data, 'glossary'))) {
    process.stderr.write(`bench:assistant needs ${data}/glossary (the shared benchmark data folder); it is missing.\n`);
    process.exit(1);
  }
}

export function runGlossaryBench(data: string, count = 1200): GlossaryBench {
  const full = loadGlossary(join(data, 'glossary/hk-departments-2018.tsv'), join(data, 'glossary/legco-terms.tsv'));
  const glossary: Glossary = {
    ...full,
    entries: full.entries.filter((entry) => entry.field === null || TERM_FIELDS.has(entry.field)),
  };
  const pairs = buildPairs(glossary.entries, count);
  const rows: { direction: string; method: string; score: Score }[] = [];
  const lionrock = lionrockChecker(glossary);
  const naive = naiveChecker(glossary);
  for (const [direction, from] of [
    ['English → Chinese', 'en'],
    ['Chinese → English', 'zh-Hant'],
  ] as const) {
    const subset = pairs.filter((pair) => pair.from === from);
    rows.push({ direction, method: 'LionRock', score: score(subset, lionrock) });
    rows.push({ direction, method: 'naive substring', score: score(subset, naive) });
  }
  const byKind = (['wrong-term', 'omitted', 'variant', 'longer-term'] as const).map((kind) => {
    const subset = pairs.filter((pair) => pair.planted === null || pair.planted.kind === kind);
    return { kind, lionrock: score(subset, lionrock).recall, naive: score(subset, naive).recall };
  });
  const fix = autoFixRate(pairs, glossary);
  const f = (x: number) => x.toFixed(3);
  const lines = [
    '## Glossary enforcement',
    '',
    `${pairs.length} built sentence pairs (${TEMPLATES.length} bilingual templates × ${glossary.entries.length} term pairs of the HK department and LegCo seeds, seed 17): ${count} of them about half with one planted violation, and ${pairs.length - count} with a longer term that contains the approved one. See bench/assistant/glossary.ts.`,
    '',
    '| direction | method | planted | found | false alarms | precision | recall | F1 |',
    '|---|---|---:|---:|---:|---:|---:|---:|',
    ...rows.map(
      ({ direction, method, score: s }) =>
        `| ${direction} | ${method} | ${s.planted} | ${s.found} | ${s.falseAlarms} | ${f(s.precision)} | ${f(s.recall)} | ${f(s.f1)} |`,
    ),
    '',
    '| planted kind | LionRock recall | naive recall |',
    '|---|---:|---:|',
    ...byKind.map((row) => `| ${row.kind} | ${f(row.lionrock)} | ${f(row.naive)} |`),
    '',
    `Auto-fix: ${fix.fixed} of ${fix.variants} planted script / regional variants replaced by exactly the approved term, leaving no violation.`,
    '',
  ];
  return {
    markdown: lines.join('\n'),
    results: {
      pairs: pairs.length,
      templates: TEMPLATES.length,
      terms: glossary.entries.length,
      rows,
      byKind,
      autoFix: fix,
    },
  };
}

export function writeGlossaryResults(root: string, bench: GlossaryBench): void {
  const out = join(root, 'bench/results');
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'assistant-glossary.md'), `# Glossary enforcement (bench:assistant)\n\n${bench.markdown}`);
  writeFileSync(join(out, 'assistant-glossary.json'), `${JSON.stringify(bench.results, null, 2)}\n`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const root = fileURLToPath(new URL('../../', import.meta.url));
  const data = join(root, '../shared/data');
  requireGlossaryData(data);
  const bench = runGlossaryBench(data);
  writeGlossaryResults(root, bench);
  process.stdout.write(bench.markdown);
}
