import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import {
  cantoneseTable,
  evaluateRetrieval,
  lionrockSystem,
  type RankingSystem,
  type RetrievalMetrics,
} from '../../src/retrieval/index.ts';
import { loadYuePairs, type MappingRow, mappingRows } from './cantonese-pairs.ts';
import { covid, type Dataset, dataRoot, drcd, requireData, synthetic, taipei, taipeiCantonese } from './datasets.ts';
import { type EveryLabelMetrics, everyLabelMetrics, labelsByText } from './label-sets.ts';
import { flexSearchSystem, lunrSystem, miniSearchSystem, oramaSystem } from './peers.ts';

/**
 * `npm run bench:retrieval`: LionRock against MiniSearch, Orama, FlexSearch and Lunr on datasets
 * (a)–(e), one process, one core, same harness (evaluateRetrieval: index, learn, warm up with one
 * untimed pass over the queries, then time each query). Memory is the growth of heap plus external memory (typed arrays) after a forced GC while the engine is alive.
 */
const root = dataRoot();
requireData(root);

const engines: { name: string; make: () => RankingSystem }[] = [
  { name: 'LionRock', make: () => lionrockSystem() },
  { name: 'MiniSearch 7.2 (default tokenizer)', make: () => miniSearchSystem({ cjk: false }) },
  { name: 'MiniSearch 7.2 + CJK bigrams', make: () => miniSearchSystem({ cjk: true }) },
  { name: 'Orama 3.1 + CJK bigrams', make: () => oramaSystem() },
  { name: 'FlexSearch 0.8 + CJK bigrams', make: () => flexSearchSystem() },
  { name: 'Lunr 2.3 + CJK bigrams', make: () => lunrSystem() },
];

// Arguments: dataset keys to run (all when none), and `--engine=<name prefix>` to run only some engines
// while iterating. A run limited to some engines prints its table but leaves bench/results alone; a
// run limited to some datasets (all engines) replaces those datasets' rows in bench/results and keeps
// the others, so the table stays complete. `cantonese` stands for the Cantonese part: the chrF rows of
// the colloquial → written mapping and datasets (f)–(h) (`npm run bench:retrieval -- cantonese`).
const CANTONESE = ['taipei-yue', 'taipei-yue-fresh', 'taipei-yue-heldout'];
const args = process.argv.slice(2);
const only = args.filter((a) => !a.startsWith('--')).flatMap((a) => (a === 'cantonese' ? CANTONESE : [a]));
const enginePrefixes = args.filter((a) => a.startsWith('--engine=')).map((a) => a.slice('--engine='.length));
const partial = enginePrefixes.length > 0;
const all: Dataset[] = [taipei(root), ...covid(root), drcd(root), synthetic(root), ...taipeiCantonese(root)];
const unknown = only.filter((key) => !all.some((d) => d.key === key));
if (unknown.length) {
  process.stderr.write(`Unknown dataset ${unknown.join(', ')}; known: ${all.map((d) => d.key).join(', ')}\n`);
  process.exit(2);
}
const datasets = all.filter((d) => only.length === 0 || only.includes(d.key));
/** The mapping's chrF is measured whenever the Cantonese datasets are: a full run or `cantonese`. */
const measureMapping = only.length === 0 || only.some((key) => CANTONESE.includes(key));

interface Row extends RetrievalMetrics {
  dataset: string;
  engine: string;
  memory_mb: number;
  /** covid datasets: quality per distinct question text with every label it carries relevant. */
  every_label?: EveryLabelMetrics;
}

// Every label a covid-queries text carries, over the whole set: in (c) a text's learned label is one.
const covidLabels = labelsByText(covid(root)[0].queries);

const gc = (globalThis as { gc?: () => void }).gc;
const heap = (): number => {
  // Twice: the first pass can leave objects that only the second frees (weak maps, finalizers).
  gc?.();
  gc?.();
  // Typed arrays and buffers live outside the JavaScript heap: count them too.
  const { heapUsed, external } = process.memoryUsage();
  return heapUsed + external;
};
/** Engines being measured: a reference the optimiser cannot drop before the heap is read. */
const alive: unknown[] = [];

const rows: Row[] = [];
for (const dataset of datasets) {
  for (const engine of engines) {
    if (partial && !enginePrefixes.some((prefix) => engine.name.startsWith(prefix))) continue;
    // The default MiniSearch tokenizer row is a reference for Chinese only.
    if (engine.name.includes('default') && !['taipei', 'drcd'].includes(dataset.key)) continue;
    const before = heap();
    const system = engine.make();
    alive.push(system);
    const report = evaluateRetrieval({
      system,
      entries: dataset.entries,
      queries: dataset.queries,
      ...(dataset.learn ? { learn: dataset.learn } : {}),
    });
    const memory = Math.max(0, heap() - before) / 1024 / 1024;
    rows.push({
      dataset: dataset.name,
      engine: engine.name,
      ...report.metrics,
      memory_mb: Math.round(memory * 10) / 10,
      ...(dataset.key.startsWith('covid') ? { every_label: everyLabelMetrics(report.results, covidLabels) } : {}),
    });
    process.stderr.write(`${dataset.key} / ${engine.name}: MRR@10 ${report.metrics.mrr10}\n`);
    alive.length = 0;
  }
}

const header = '| dataset | engine | MRR@10 | R@1 | R@3 | R@10 | p50 ms | p99 ms | index ms | heap MB |';
function tableOf(list: readonly Row[]): string {
  const lines = [header, '|---|---|---|---|---|---|---|---|---|---|'];
  for (const r of list) {
    lines.push(
      `| ${r.dataset} | ${r.engine} | ${r.mrr10.toFixed(3)} | ${r.recall1.toFixed(3)} | ${r.recall3.toFixed(3)} | ` +
        `${r.recall10.toFixed(3)} | ${r.p50_ms.toFixed(3)} | ${r.p99_ms.toFixed(3)} | ${Math.round(r.index_ms)} | ${r.memory_mb} |`,
    );
  }
  return lines.join('\n');
}
/**
 * The covid rows again, scored the way the published BERT-FAQ figures are: once per distinct question
 * text, every entry the text is labelled with relevant (the per-query table counts a text with three
 * labels three times, and only one of them can be first).
 */
function everyLabelTableOf(list: readonly Row[]): string {
  const lines = [
    '| dataset | engine | texts | MRR@10, every label relevant | MAP@10, every label relevant |',
    '|---|---|---|---|---|',
  ];
  for (const r of list) {
    if (r.every_label === undefined) continue;
    const m = r.every_label;
    lines.push(`| ${r.dataset} | ${r.engine} | ${m.texts} | ${m.mrr10.toFixed(3)} | ${m.map10.toFixed(3)} |`);
  }
  return lines.length > 2 ? `\n${lines.join('\n')}\n` : '';
}
/**
 * chrF (character 6-grams, beta 2, corpus level) of spoken Cantonese lines against their written-Chinese
 * version: left as typed (the baseline) and rewritten the way the analyzer does (only a line it reads as
 * Cantonese). The development half is the only one read while curating the table; report the test half.
 */
function mappingTableOf(list: readonly MappingRow[], version: number): string {
  if (list.length === 0) return '';
  const lines = [
    `| yue-written-pairs half | pairs | read as Cantonese | chrF unchanged | chrF rewritten (table version ${version}) |`,
    '|---|---|---|---|---|',
  ];
  for (const r of list)
    lines.push(
      `| ${r.half} | ${r.pairs} | ${r.rewritten} | ${r.unchanged_chrf.toFixed(1)} | ${r.mapped_chrf.toFixed(1)} |`,
    );
  return `\n${lines.join('\n')}\n`;
}
const mapping = measureMapping ? mappingRows(loadYuePairs(root)) : [];
const tableVersion = cantoneseTable().version;
process.stdout.write(`${tableOf(rows)}\n${everyLabelTableOf(rows)}${mappingTableOf(mapping, tableVersion)}`);
if (partial) process.exit(0);

const measured = `Node ${process.version}, ${process.platform}/${process.arch}, measured ${new Date().toISOString().slice(0, 10)}`;
const results = new URL('../results/', import.meta.url);
mkdirSync(results, { recursive: true });
const jsonFile = new URL('retrieval.json', results);
let machine = measured;
let table = rows;
let mappingTable = mapping;
let mappingVersion = tableVersion;
if (only.length > 0 && existsSync(jsonFile)) {
  // Some datasets only: their rows replace the earlier ones, in place; the other rows are kept.
  const earlier = JSON.parse(readFileSync(jsonFile, 'utf8')) as {
    machine: string;
    rows: Row[];
    mapping?: MappingRow[];
    mappingVersion?: number;
  };
  if (!measureMapping) {
    mappingTable = earlier.mapping ?? [];
    mappingVersion = earlier.mappingVersion ?? tableVersion;
  }
  const same = (a: Row, b: Row): boolean => a.dataset === b.dataset && a.engine === b.engine;
  table = earlier.rows.map((old) => rows.find((row) => same(row, old)) ?? old);
  for (const row of rows) if (!table.some((kept) => same(kept, row))) table.push(row);
  machine = `${earlier.machine.split('; ')[0]}; rows of ${datasets.map((d) => d.key).join(', ')} re-measured: ${measured}`;
}
writeFileSync(
  new URL('retrieval.md', results),
  `# Retrieval benchmark\n\nProduced by \`npm run bench:retrieval\` (${machine}). Data: ../shared/data/faq (Taipei City Government open data; ` +
    'Poliak et al. COVID-19 FAQ via BERT-FAQ, MIT; DRCD, CC BY-SA 3.0; yue-written-pairs: UD Cantonese-HK parallel lines, CC BY-SA 4.0). Dev queries: bench/retrieval/taipei-dev-queries.jsonl; ' +
    'Cantonese: taipei-yue-fresh-queries.jsonl (development) and taipei-yue-heldout-queries.jsonl (held out). ' +
    'Latency is per query on one core after one untimed warm-up pass; memory (heap MB) is the growth of heap plus external memory (typed arrays) after GC with the engine alive.\n\n' +
    `${tableOf(table)}\n${everyLabelTableOf(table)}${mappingTableOf(mappingTable, mappingVersion)}`,
);
writeFileSync(
  jsonFile,
  `${JSON.stringify({ machine, rows: table, mapping: mappingTable, mappingVersion }, null, 2)}\n`,
);
