import { existsSync, readFileSync } from 'node:fs';
import type { FaqEntryInput, LabelledQuery } from '../../src/retrieval/index.ts';

/** One benchmark dataset: entries, queries, and optionally phrasings to learn first. */
export interface Dataset {
  key: string;
  name: string;
  entries: FaqEntryInput[];
  queries: LabelledQuery[];
  learn?: LabelledQuery[];
}

/** ../shared/data beside the repository, or LIONROCK_BENCH_DATA. */
export function dataRoot(): string {
  return process.env.LIONROCK_BENCH_DATA ?? new URL('../../../shared/data/', import.meta.url).pathname;
}

export function requireData(root: string): void {
  if (!existsSync(`${root}/faq/taipei-faq.jsonl`)) {
    process.stderr.write(
      `bench:retrieval: benchmark data not found at ${root} (expected faq/taipei-faq.jsonl, covid-faq.jsonl, ` +
        'covid-queries.jsonl, drcd-dev.json). Put the shared data folder beside the repository or set LIONROCK_BENCH_DATA.\n',
    );
    process.exit(1);
  }
}

function jsonl<T>(path: string): T[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as T);
}

/** (a) Taipei FAQ with our hand-written Hong Kong style development queries. */
export function taipei(root: string): Dataset {
  const entries = jsonl<FaqEntryInput>(`${root}/faq/taipei-faq.jsonl`);
  const queries = jsonl<{ q: string; id: string }>(new URL('./taipei-dev-queries.jsonl', import.meta.url).pathname);
  return {
    key: 'taipei',
    name: '(a) taipei-faq, 190 zh/yue dev queries',
    entries,
    queries: queries.map((q) => ({ query: q.q, expected: q.id })),
  };
}

/**
 * (f)–(h) Taipei FAQ asked in Cantonese: the Cantonese (style "yue") questions of the development set
 * above; 98 fresh questions written for issue 14 the way people ask (narratives, 點算好, 我想問下,
 * English words, typing by sound), whose misses shaped the mapping's fourth pass, so a development
 * figure; and 52 more written before any of that tuning and only scored (held out).
 */
export function taipeiCantonese(root: string): Dataset[] {
  const entries = jsonl<FaqEntryInput>(`${root}/faq/taipei-faq.jsonl`);
  const load = (file: string): LabelledQuery[] =>
    jsonl<{ q: string; id: string; style?: string }>(new URL(file, import.meta.url).pathname).map((q) => ({
      query: q.q,
      expected: q.id,
    }));
  const yue = jsonl<{ q: string; id: string; style?: string }>(
    new URL('./taipei-dev-queries.jsonl', import.meta.url).pathname,
  )
    .filter((q) => q.style === 'yue')
    .map((q) => ({ query: q.q, expected: q.id }));
  const fresh = load('./taipei-yue-fresh-queries.jsonl');
  const heldout = load('./taipei-yue-heldout-queries.jsonl');
  return [
    { key: 'taipei-yue', name: `(f) taipei-faq, ${yue.length} yue questions of (a)`, entries, queries: yue },
    {
      key: 'taipei-yue-fresh',
      name: `(g) taipei-faq, ${fresh.length} fresh yue dev questions`,
      entries,
      queries: fresh,
    },
    {
      key: 'taipei-yue-heldout',
      name: `(h) taipei-faq, ${heldout.length} yue questions held out`,
      entries,
      queries: heldout,
    },
  ];
}

/** (b) Covid FAQ with all labelled queries, cold; (c) learn the even-numbered half, test on the odd half. */
export function covid(root: string): [Dataset, Dataset] {
  const entries = jsonl<FaqEntryInput>(`${root}/faq/covid-faq.jsonl`);
  const queries = jsonl<{ query: string; faq_id: string }>(`${root}/faq/covid-queries.jsonl`).map((q) => ({
    query: q.query,
    expected: q.faq_id,
  }));
  return [
    { key: 'covid', name: '(b) covid-faq, 1,387 queries, cold', entries, queries },
    {
      key: 'covid-learned',
      name: '(c) covid-faq, learn even half, test odd half',
      entries,
      learn: queries.filter((_, i) => i % 2 === 0),
      queries: queries.filter((_, i) => i % 2 === 1),
    },
  ];
}

interface Squad {
  data: { title: string; paragraphs: { context: string; qas: { question: string }[] }[] }[];
}

/** (d) DRCD dev: retrieve the paragraph (of 1,000) that answers each question. */
export function drcd(root: string): Dataset {
  const squad = JSON.parse(readFileSync(`${root}/faq/drcd-dev.json`, 'utf8')) as Squad;
  const entries: FaqEntryInput[] = [];
  const queries: LabelledQuery[] = [];
  for (const article of squad.data) {
    article.paragraphs.forEach((paragraph, p) => {
      const id = `${article.title}#${p}`;
      entries.push({ id, question: '', answer: paragraph.context, title: article.title });
      for (const qa of paragraph.qas) queries.push({ query: qa.question, expected: id });
    });
  }
  return {
    key: 'drcd',
    name: `(d) DRCD dev, ${queries.length} questions over ${entries.length} paragraphs`,
    entries,
    queries,
  };
}

/**
 * (e) 100,000 synthetic entries built from fragments of the Taipei FAQ (plus English words), with
 * 1,000 queries made of pieces of their target's question. For speed and memory; its quality
 * figures only show nothing broke at scale.
 */
export function synthetic(root: string, size = 100_000): Dataset {
  const faq = jsonl<{ question: string; answer: string }>(`${root}/faq/taipei-faq.jsonl`);
  const english = jsonl<{ question: string; answer: string }>(`${root}/faq/covid-faq.jsonl`)
    .flatMap((e) => `${e.question} ${e.answer}`.split(/\W+/))
    .filter((w) => w.length > 3);
  let seed = 42;
  const random = (): number => {
    seed = (seed * 1_103_515_245 + 12_345) & 0x7fffffff;
    return seed / 0x7fffffff;
  };
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const fragment = (text: string, min: number, max: number): string => {
    const length = min + Math.floor(random() * (max - min));
    const start = Math.floor(random() * Math.max(1, text.length - length));
    return text.slice(start, start + length);
  };
  const entries: FaqEntryInput[] = [];
  const queries: LabelledQuery[] = [];
  for (let i = 0; i < size; i++) {
    const head = fragment(pick(faq).question, 4, 10);
    const tail = fragment(pick(faq).question, 4, 10);
    const word = pick(english).toLowerCase();
    const answer = [0, 1, 2].map(() => fragment(pick(faq).answer, 20, 60)).join('，');
    entries.push({ id: `s${i}`, question: `${head}${tail} ${word}？`, answer: `${answer} ${pick(english)}` });
    if (i % (size / 1000) === 0)
      queries.push({ query: `${head.slice(1)} ${tail.slice(0, -1)} ${word}`, expected: `s${i}` });
  }
  return {
    key: 'synthetic-100k',
    name: `(e) synthetic ${size.toLocaleString('en')} entries, 1,000 queries`,
    entries,
    queries,
  };
}
