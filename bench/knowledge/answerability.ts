/**
 * Does a bot answer what its knowledge holds, and hand off what it does not? Every question goes
 * through the chat path (`ask` of src/chat, extractive answers, guard on, default threshold) against
 * bots built the way an officer builds them: files imported, chunked, approved and published.
 *
 * - DRCD: the paragraphs of four in five articles imported as documents (HTML and DOCX in turn,
 *   one file per article, through the real import and chunk path); its questions asked of a bot on
 *   them. In scope: answered with a passage holding the question's paragraph cited. Out of scope: the
 *   questions of the held-out fifth of the articles, whose paragraphs are not in the knowledge base.
 * - Demo bots (src/chat/demo, the demo seed): our hand-written citizen questions
 *   (bench/knowledge/demo-questions.jsonl, two per entry: Cantonese or Chinese, and English) to the
 *   bot that holds the answer; each bot's out-of-scope questions are the other two bots' questions
 *   (their FAQ questions in both languages and our questions for them).
 *
 * Each is run twice in one process: "before" is today's single confidence for every kind of entry
 * (the query's share of an FAQ question's best score), "after" is the calibrated confidence per kind.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CLI_PRINCIPAL, createDepartment, createUser, seedDemo, type ServiceContext } from '../../src/access/index.ts';
import {
  ask,
  ChatCaches,
  type ConversationDeps,
  createBot,
  publishBot,
  seedDemoBots,
  TurnLog,
} from '../../src/chat/index.ts';
import {
  chunkExtracted,
  extractSource,
  importIntoKnowledge,
  KnowledgeIndex,
  reviewVersion,
  type UploadedFile,
} from '../../src/knowledge/index.ts';
import { makeDocx } from '../../src/knowledge/testing/make-files.ts';
import type { ConfidenceModel } from '../../src/retrieval/index.ts';
import { type Db, migrate, openStore, type Store } from '../../src/store/index.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DATA = process.env.LIONROCK_BENCH_DATA ?? join(ROOT, '../shared/data');
const DRCD = join(DATA, 'faq/drcd-dev.json');
/** Every HOLD_OUT-th article (the last of each group) stays out of the knowledge base. */
const HOLD_OUT = 5;

export interface AnswerabilityRow {
  dataset: string;
  scoring: string;
  inScope: number;
  /** Share of in-scope questions answered with the right passage or entry cited. */
  answeredRight: number;
  /** Share of in-scope questions answered with another passage or entry. */
  answeredOther: number;
  outOfScope: number;
  /** Share of out-of-scope questions answered (wrongly: the knowledge base does not hold the answer). */
  answeredWrongly: number;
}

interface Question {
  botId: string;
  text: string;
  /** Right when the first citation's entry id passes this; null for an out-of-scope question. */
  right: ((entryId: string) => boolean) | null;
  /** DRCD: the answer spans; a passage holding one answers an out-of-scope question after all. */
  answers?: string[];
}

interface Bench {
  name: string;
  store: Store;
  questions: Question[];
}

const cli: ServiceContext = { principal: CLI_PRINCIPAL, requestId: 'bench' };

async function approver(db: Db, departmentId: string): Promise<ServiceContext> {
  const user = await createUser(db, cli, {
    departmentId,
    displayName: 'Bench approver',
    email: `approver.${departmentId}@bench.invalid`,
    roles: ['approver'],
  });
  return { principal: { id: user.id, roles: user.roles, departmentId, keyId: null }, requestId: 'bench' };
}

const BOT = {
  name: { zh: '測試助手', en: 'Bench assistant' },
  greeting: { zh: '你好', en: 'Hello' },
  disclosure: { zh: '你正與人工智能對話。', en: 'You are talking to AI.' },
  fallback: { zh: '請致電 1823。', en: 'Please call 1823.' },
};

interface Squad {
  data: {
    title: string;
    paragraphs: { context: string; qas: { question: string; answers: { text: string }[] }[] }[];
  }[];
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** DRCD articles as HTML and DOCX files of a bot's knowledge, four in five of them; questions on all. */
async function drcdBench(): Promise<Bench> {
  const squad = JSON.parse(readFileSync(DRCD, 'utf8')) as Squad;
  const store = await openStore({ memory: true });
  await migrate(store);
  const department = await createDepartment(store.db, cli, { code: 'drcd', nameEn: 'DRCD', nameZh: '台達閱讀理解' });
  await createBot(store.db, cli, { id: 'drcd-bot', departmentId: department.id, config: BOT });
  const checker = await approver(store.db, department.id);
  const questions: Question[] = [];
  /** Paragraph text → the entry ids of the chunks that hold it (or a piece of it), filled after import. */
  const holders = new Map<string, Set<string>>();
  const imports: { paragraphs: string[]; sourceId: string; chunks: { entryKey: string; text: string }[] }[] = [];
  for (const [a, article] of squad.data.entries()) {
    const heldOut = a % HOLD_OUT === HOLD_OUT - 1;
    for (const paragraph of article.paragraphs) {
      for (const qa of paragraph.qas) {
        questions.push({
          botId: 'drcd-bot',
          text: qa.question,
          answers: qa.answers.map((answer) => answer.text),
          right: heldOut ? null : (entryId) => holders.get(paragraph.context)?.has(entryId) ?? false,
        });
      }
    }
    if (heldOut) continue;
    const paragraphs = article.paragraphs.map((p) => p.context);
    let file: UploadedFile;
    if (a % 2 === 0) {
      const html = `<!doctype html><html><head><title>${escapeHtml(article.title)}</title></head><body><main><h1>${escapeHtml(article.title)}</h1>${paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('')}</main></body></html>`;
      file = { fileName: `drcd-${a}.html`, bytes: Buffer.from(html) };
    } else {
      file = {
        fileName: `drcd-${a}.docx`,
        bytes: await makeDocx([['Heading1', article.title], ...paragraphs.map((p): [null, string] => [null, p])]),
      };
    }
    const content = await extractSource({ type: 'file', file });
    const imported = await importIntoKnowledge(store.db, cli, content, {
      departmentId: department.id,
      botId: 'drcd-bot',
    });
    // Encyclopaedia text trips the personal-data scan (names, places): the approver has read it.
    await reviewVersion(store.db, checker, imported.version.id, {
      approve: true,
      override: { reason: 'DRCD encyclopaedia paragraphs, public text (benchmark)' },
    });
    imports.push({
      paragraphs,
      sourceId: imported.source.id,
      // The same chunking the import just applied, to know which passage holds which paragraph.
      chunks: chunkExtracted(content.extracted).map((c) => ({ entryKey: c.entryKey, text: c.text })),
    });
  }
  for (const { paragraphs, sourceId, chunks } of imports) {
    for (const paragraph of paragraphs) {
      const ids = new Set<string>();
      for (const chunk of chunks)
        if (chunk.text.includes(paragraph) || paragraph.includes(chunk.text)) ids.add(`${sourceId}:${chunk.entryKey}`);
      holders.set(paragraph, ids);
    }
  }
  await publishBot(store.db, cli, 'drcd-bot');
  const inScope = questions.filter((q) => q.right).length;
  return {
    name: `DRCD: ${inScope} questions on ${imports.length} imported articles (HTML, DOCX), ${questions.length - inScope} on ${squad.data.length - imports.length} held-out articles`,
    store,
    questions,
  };
}

/** The demo seed, asked our questions for each bot and, as out of scope, the other bots' questions. */
async function demoBench(): Promise<Bench> {
  const store = await openStore({ memory: true });
  await migrate(store);
  await seedDemo(store.db, { keyLifetimeDays: 90 });
  await seedDemoBots(store.db);
  const ours = readFileSync(new URL('./demo-questions.jsonl', import.meta.url), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as { bot: string; id: string; q: string });
  const faq = ['demo-1823:faq-1823', 'demo-dog-licence:faq-dog-licence', 'demo-forms:faq-forms'].flatMap((spec) => {
    const [bot, file] = spec.split(':') as [string, string];
    return readFileSync(join(ROOT, `src/chat/demo/${file}.jsonl`), 'utf8')
      .split('\n')
      .filter(Boolean)
      .flatMap((line) => {
        const row = JSON.parse(line) as { id: string; question_zh: string; question_en: string };
        return [
          { bot, id: row.id, q: row.question_zh },
          { bot, id: row.id, q: row.question_en },
        ];
      });
  });
  // Entry keys of a bilingual FAQ are `id:zh` / `id:en`; an entry id is `source:key`.
  const isEntry = (id: string) => (entryId: string) => new RegExp(`:${id}(:[a-z-]+)?$`, 'i').test(entryId);
  const bots = ['demo-1823', 'demo-dog-licence', 'demo-forms'];
  const questions: Question[] = [
    ...ours.map((q) => ({ botId: q.bot, text: q.q, right: isEntry(q.id) })),
    ...bots.flatMap((bot) =>
      [...faq, ...ours].filter((q) => q.bot !== bot).map((q) => ({ botId: bot, text: q.q, right: null })),
    ),
  ];
  return {
    name: `demo bots: ${ours.length} questions of ours to the right bot, ${questions.length - ours.length} of the other bots' (FAQ and ours) to each bot`,
    store,
    questions,
  };
}

async function run(bench: Bench, confidence: ConfidenceModel | undefined, scoring: string): Promise<AnswerabilityRow> {
  const index = new KnowledgeIndex(bench.store.db, undefined, confidence ? { confidence } : {});
  await index.refresh();
  const turns = new TurnLog(bench.store.db);
  const deps: ConversationDeps = { db: bench.store.db, index, model: null, caches: new ChatCaches(), turns };
  let inScope = 0;
  let right = 0;
  let other = 0;
  let outOfScope = 0;
  let wrongly = 0;
  for (const question of bench.questions) {
    const result = await ask(deps, { botId: question.botId, question: question.text, actor: null, requestId: 'bench' });
    const answered = result.outcome === 'answered';
    if (question.right) {
      inScope++;
      const cited = result.citations[0]?.entryId;
      if (answered && cited !== undefined && question.right(cited)) right++;
      else if (answered) other++;
    } else {
      outOfScope++;
      if (answered) wrongly++;
    }
    if (process.env.BENCH_DUMP)
      process.stderr.write(
        `${JSON.stringify({ scoring, bot: question.botId, q: question.text, inScope: question.right !== null, outcome: result.outcome, confidence: result.confidence, cited: result.citations[0]?.entryId ?? null, right: question.right && result.citations[0] ? question.right(result.citations[0].entryId) : null })}\n`,
      );
  }
  await turns.flush();
  return {
    dataset: bench.name,
    scoring,
    inScope,
    answeredRight: right / inScope,
    answeredOther: other / inScope,
    outOfScope,
    answeredWrongly: wrongly / outOfScope,
  };
}

/** Both benches, before and after, in one run. */
export async function measureAnswerability(): Promise<AnswerabilityRow[]> {
  if (!existsSync(DRCD)) {
    process.stderr.write(`bench:knowledge needs ${DRCD} (the shared benchmark data folder); it is missing.\n`);
    process.exit(1);
  }
  const rows: AnswerabilityRow[] = [];
  for (const make of [demoBench, drcdBench]) {
    const bench = await make();
    rows.push(await run(bench, 'query-share', 'before: one confidence for every kind (query share)'));
    rows.push(await run(bench, undefined, 'after: calibrated per kind (default)'));
    await bench.store.close();
  }
  return rows;
}

export function answerabilityTable(rows: readonly AnswerabilityRow[]): string {
  const pct = (x: number) => x.toFixed(3);
  return [
    '| dataset | confidence | in scope | answered, right source cited | answered, other source | out of scope | answered (wrongly) |',
    '|---|---|---|---|---|---|---|',
    ...rows.map(
      (r) =>
        `| ${r.dataset} | ${r.scoring} | ${r.inScope} | ${pct(r.answeredRight)} | ${pct(r.answeredOther)} | ${r.outOfScope} | ${pct(r.answeredWrongly)} |`,
    ),
  ].join('\n');
}

/** Measures, prints the table and writes bench/results/knowledge-answers.md and .json. */
export async function runAnswerability(): Promise<void> {
  const rows = await measureAnswerability();
  const table = answerabilityTable(rows);
  process.stdout.write(`\n${table}\n`);
  mkdirSync(join(ROOT, 'bench/results'), { recursive: true });
  writeFileSync(
    join(ROOT, 'bench/results/knowledge-answers.md'),
    `# Answering from documents and FAQs at the default threshold (0.35)\n\n${HEADER}\n\n${table}\n`,
  );
  writeFileSync(join(ROOT, 'bench/results/knowledge-answers.json'), `${JSON.stringify({ rows }, null, 2)}\n`);
}

const HEADER =
  'Every question through `ask` (src/chat): extractive answers, guard on, default threshold 0.35. "Right source cited": ' +
  "the first citation is a passage holding the question's paragraph (DRCD) or the entry the question was written for " +
  '(demo). Out of scope: DRCD questions on held-out articles (one in five, never imported); for each demo bot, the other ' +
  'two bots\' FAQ questions and our questions for them. "before" is the single confidence of every kind before this ' +
  "change (the query's share of an FAQ question's best score), run in the same process. DRCD (CC BY-SA 3.0); demo " +
  'questions: bench/knowledge/demo-questions.jsonl (ours; a development set: the anchors were chosen on it and on the ' +
  'even half of DRCD, see docs/retrieval.md).';

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await runAnswerability();
