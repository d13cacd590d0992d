/**
 * The draft issue report on planted errors (issue #17): replies to public enquiries built from
 * the demo bots' bilingual FAQ (src/chat/demo/*.jsonl), the question as the subject and the answer
 * as the officer's fact. Each reply is scored clean, lightly reworded (meaning kept: a courtesy
 * prefix, a dropped "Yes."), and with one planted error: a changed figure, a negated sentence, a
 * sentence from another FAQ's answer, a required line removed. LionRock's report beside two
 * baselines in the same run: **figures only** (a sentence stating a number the facts lack) and
 * **verbatim** (every sentence not found word for word in the facts or the template's lines).
 * Run alone: `tsx bench/assistant/draft-issues.ts`.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  type DraftInput,
  type DraftTemplate,
  draftIssues,
  draftText,
  findDraftTemplate,
  fillTemplate,
  splitSentences,
} from '../../src/assistant/index.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

interface Faq {
  id: string;
  question_en: string;
  answer_en: string;
  question_zh: string;
  answer_zh: string;
}

type Variant = 'clean' | 'reworded' | 'wrong_figure' | 'contradiction' | 'unsupported_claim' | 'missing_element';
interface Case {
  variant: Variant;
  language: 'en' | 'zh-Hant';
  input: DraftInput;
  text: string;
}

function loadFaqs(): Faq[] {
  const folder = join(ROOT, 'src/chat/demo');
  return readdirSync(folder)
    .filter((name) => name.startsWith('faq-') && name.endsWith('.jsonl'))
    .sort()
    .flatMap((name) =>
      readFileSync(join(folder, name), 'utf8')
        .split('\n')
        .filter((line) => line.trim() !== '')
        .map((line) => JSON.parse(line) as Faq),
    );
}

const NEGATE_EN: [RegExp, string][] = [
  [/\b(is|are|must|can|will|may|should)\b/, '$1 not'],
  [/\b(needs?|requires?|applies|accepts?)\b/, 'does not $1'],
];
const NEGATE_ZH: [RegExp, string][] = [
  [/必須/, '毋須'],
  [/需要/, '不需要'],
  [/可以/, '不可以'],
  [/可/, '不可'],
  [/會/, '不會'],
  [/是/, '不是'],
  [/須/, '毋須'],
];

/** The sentence negated, or null when no rule applies. */
function negate(sentence: string, zh: boolean): string | null {
  // A sentence that already denies something is turned into the assertion.
  if (!zh && /\b(is|are|must|can|may|do|does|will) not\b/.test(sentence))
    return sentence.replace(/\b(is|are|must|can|may|do|does|will) not\b/, '$1');
  if (zh && /(不會|不可|不是|不需要|不設)/.test(sentence)) return sentence.replace(/不(會|可|是|需要|設)/, '$1');
  for (const [pattern, replacement] of zh ? NEGATE_ZH : NEGATE_EN)
    if (pattern.test(sentence)) return sentence.replace(pattern, replacement);
  return null;
}

/** The text with its first Arabic number changed, or null when it has none. */
function changeFigure(text: string): string | null {
  const match = /\d+/.exec(text);
  if (!match) return null;
  const value = Number(match[0]);
  return `${text.slice(0, match.index)}${value + (value < 10 ? 3 : 10)}${text.slice(match.index + match[0].length)}`;
}

function buildCases(template: DraftTemplate, faqs: readonly Faq[]): Case[] {
  const cases: Case[] = [];
  faqs.forEach((faq, i) => {
    const other = faqs[(i + 7) % faqs.length] as Faq;
    for (const language of ['en', 'zh-Hant'] as const) {
      const zh = language !== 'en';
      const answer = zh ? faq.answer_zh : faq.answer_en;
      const slots = {
        reference: `REF/${String(1000 + i)}`,
        recipientName: zh ? '陳先生' : 'Mr Chan',
        enquiryDate: zh ? '2026年3月3日' : '3 March 2026',
        subject: zh ? faq.question_zh.replace(/[？?]$/, '') : faq.question_en.replace(/\?$/, ''),
        contactLine: zh ? '李小姐（電話 2150 7000）' : 'Ms Lee on 2150 7000',
        officerName: zh ? '王小明' : 'Wong Siu Ming',
      };
      const input: DraftInput = { language, slots, facts: [answer] };
      const body = (sentences: string[]) =>
        draftText(fillTemplate(template, input, [{ text: sentences.join(zh ? '' : ' '), origin: 'model' }]));
      const sentences = splitSentences(answer);
      cases.push({ variant: 'clean', language, input, text: draftText(fillTemplate(template, input)) });
      const reworded = sentences
        .filter((s, n) => !(n === 0 && /^(Yes|No)\.$|^[\u4e00-\u9fff]{1,3}。$/.test(s)))
        .map((s, n) =>
          n === 0 ? (zh ? `請注意，${s}` : `Please note that ${s.charAt(0).toLowerCase()}${s.slice(1)}`) : s,
        );
      cases.push({ variant: 'reworded', language, input, text: body(reworded) });
      const figure = changeFigure(answer);
      if (figure !== null) cases.push({ variant: 'wrong_figure', language, input, text: body([figure]) });
      const target = sentences.findIndex((s) => negate(s, zh) !== null && s.length > 8);
      if (target >= 0) {
        const negated = sentences.map((s, n) => (n === target ? (negate(s, zh) as string) : s));
        cases.push({ variant: 'contradiction', language, input, text: body(negated) });
      }
      const foreign = splitSentences(zh ? other.answer_zh : other.answer_en).sort((a, b) => b.length - a.length)[0];
      if (foreign && other.id !== faq.id)
        cases.push({ variant: 'unsupported_claim', language, input, text: body([...sentences, foreign]) });
      const full = draftText(fillTemplate(template, input));
      cases.push({
        variant: 'missing_element',
        language,
        input,
        text: full
          .split('\n\n')
          .filter((line) => !line.includes(slots.reference))
          .join('\n\n'),
      });
    }
  });
  return cases;
}

type Checker = (template: DraftTemplate, c: Case) => number;

const lionrock: Checker = (template, c) => draftIssues(template, c.input, c.text).length;

const FIGURE = /\d+(?:[.,]\d+)*/g;
const figuresOnly: Checker = (_template, c) => {
  const facts = c.input.facts.join(' ') + Object.values(c.input.slots).join(' ');
  return splitSentences(c.text).filter((s) => (s.match(FIGURE) ?? []).some((f) => !facts.includes(f))).length;
};

const verbatim: Checker = (template, c) => {
  const allowed = new Set([
    ...c.input.facts.flatMap((fact) => splitSentences(fact)),
    ...fillTemplate(template, { ...c.input, facts: [] }).flatMap((p) => splitSentences(p.text)),
  ]);
  return splitSentences(c.text).filter((s) => !allowed.has(s)).length;
};

export interface DraftIssueRow {
  method: string;
  language: string;
  /** Drafts with at least one issue reported, per variant, over drafts of that variant. */
  flagged: Record<Variant, [number, number]>;
}

export function runDraftIssueBench(): { rows: DraftIssueRow[]; markdown: string } {
  const template = findDraftTemplate('public-enquiry-reply');
  if (!template) throw new Error('public-enquiry-reply template missing');
  const cases = buildCases(template, loadFaqs());
  const variants: Variant[] = [
    'clean',
    'reworded',
    'wrong_figure',
    'contradiction',
    'unsupported_claim',
    'missing_element',
  ];
  const rows: DraftIssueRow[] = [];
  for (const language of ['en', 'zh-Hant'] as const)
    for (const [method, check] of [
      ['LionRock', lionrock],
      ['figures only', figuresOnly],
      ['verbatim', verbatim],
    ] as const) {
      const flagged = Object.fromEntries(variants.map((v) => [v, [0, 0]])) as Record<Variant, [number, number]>;
      for (const c of cases.filter((x) => x.language === language)) {
        const cell = flagged[c.variant];
        cell[1]++;
        if (check(template, c) > 0) cell[0]++;
      }
      rows.push({ method, language, flagged });
    }
  const share = ([n, d]: [number, number]) => (d === 0 ? '–' : (n / d).toFixed(3));
  const markdown = [
    '## Draft issue report (planted errors)',
    '',
    'Replies to a public enquiry from the demo bots’ FAQ (the answer is the officer’s fact). Share of drafts with at least one issue reported: on the clean and reworded drafts that is a false alarm (lower is better), on the others detection (higher is better). Missing element is only checked by LionRock.',
    '',
    '| language | method | clean | reworded | wrong figure | contradiction | unsupported claim | missing element |',
    '|---|---|---:|---:|---:|---:|---:|---:|',
    ...rows.map(
      (r) =>
        `| ${r.language} | ${r.method} | ${variants.map((v) => `${share(r.flagged[v])} (${r.flagged[v][1]})`).join(' | ')} |`,
    ),
    '',
  ].join('\n');
  return { rows, markdown };
}

/** Drafts of a planted variant the report missed (to read why). */
export function draftIssueMisses(variant: Variant, language: 'en' | 'zh-Hant', flagged = false): string[] {
  const template = findDraftTemplate('public-enquiry-reply');
  if (!template) return [];
  return buildCases(template, loadFaqs())
    .filter((c) => c.variant === variant && c.language === language && lionrock(template, c) > 0 === flagged)
    .map((c) => c.text.split('\n\n')[2] ?? '');
}

/** Writes bench/results/assistant-drafts.md and .json. */
export function writeDraftIssueResults(root: string, bench: { rows: DraftIssueRow[]; markdown: string }): void {
  const out = join(root, 'bench/results');
  mkdirSync(out, { recursive: true });
  writeFileSync(
    join(out, 'assistant-drafts.md'),
    `# bench:assistant, drafts\n\nRun ${new Date().toISOString()}.\n\n${bench.markdown}`,
  );
  writeFileSync(join(out, 'assistant-drafts.json'), `${JSON.stringify(bench.rows, null, 2)}\n`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const bench = runDraftIssueBench();
  writeDraftIssueResults(ROOT, bench);
  process.stdout.write(bench.markdown);
}
