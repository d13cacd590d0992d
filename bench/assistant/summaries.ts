/**
 * Summaries: ROUGE-L F1 of LionRock's extractive summary beside LEAD (the first N characters or
 * words) and plain TextRank, all at the reference summary's length, on VCSum topic segments
 * (zh-Hans, character level) and QMSum whole meetings (en, word level); then throughput, pages
 * per second summarising a 100-page document, as a ratio to reading and splitting it alone.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  cutToLength,
  rougeL,
  type SummaryDocument,
  type SummaryLanguage,
  summariseDocument,
  textLength,
  toSummaryDocument,
} from '../../src/assistant/index.ts';
import type { Extracted } from '../../src/knowledge/index.ts';
import { textRankSummary } from './textrank-baseline.ts';

export interface QualityRow {
  dataset: string;
  language: SummaryLanguage;
  documents: number;
  method: 'LionRock' | 'LEAD' | 'TextRank';
  rougeLF1: number;
  precision: number;
  recall: number;
}

export interface ThroughputRow {
  document: string;
  pages: number;
  sentences: number;
  floorPagesPerSecond: number;
  lionrockPagesPerSecond: number;
  ratio: number;
}

interface Sample {
  text: string;
  summary: string;
}

const DATASETS: { name: string; file: string; language: SummaryLanguage }[] = [
  { name: 'VCSum segments (zh)', file: 'vcsum_segments_test_zhhans.jsonl', language: 'zh' },
  { name: 'QMSum general (en)', file: 'qmsum_general_test_en.jsonl', language: 'en' },
];

/** A transcript or text as the text importer gives it: one paragraph per line, no title. */
function asDocument(text: string, pageOf: (line: number) => number | null = () => null): Extracted {
  const blocks = text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line, i) => ({ type: 'paragraph' as const, text: line, page: pageOf(i) }));
  return { kind: 'document', title: '', blocks, pages: null };
}

function readSamples(dataDir: string, file: string): Sample[] {
  const path = join(dataDir, 'summarisation', file);
  if (!existsSync(path)) throw new Error(`bench:assistant needs ${path} (../shared/data); it is missing.`);
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as Sample);
}

export function measureQuality(dataDir: string): QualityRow[] {
  const rows: QualityRow[] = [];
  for (const dataset of DATASETS) {
    const samples = readSamples(dataDir, dataset.file);
    const totals = { LionRock: [0, 0, 0], LEAD: [0, 0, 0], TextRank: [0, 0, 0] };
    for (const [i, sample] of samples.entries()) {
      const document: SummaryDocument = {
        ...toSummaryDocument(`${dataset.file}#${i}`, asDocument(sample.text)),
        language: dataset.language,
      };
      const budget = textLength(sample.summary, dataset.language);
      const joiner = dataset.language === 'zh' ? '' : ' ';
      const candidates = {
        LionRock: summariseDocument(document, { budget })
          .keyPoints.map((point) => point.text)
          .join(joiner),
        LEAD: cutToLength(sample.text, budget, dataset.language),
        TextRank: textRankSummary(document, budget),
      };
      for (const method of ['LionRock', 'LEAD', 'TextRank'] as const) {
        const score = rougeL(candidates[method], sample.summary, dataset.language);
        const total = totals[method];
        total[0] = (total[0] ?? 0) + score.f1;
        total[1] = (total[1] ?? 0) + score.precision;
        total[2] = (total[2] ?? 0) + score.recall;
      }
    }
    for (const method of ['LionRock', 'LEAD', 'TextRank'] as const) {
      const [f1 = 0, precision = 0, recall = 0] = totals[method];
      rows.push({
        dataset: dataset.name,
        language: dataset.language,
        documents: samples.length,
        method,
        rougeLF1: f1 / samples.length,
        precision: precision / samples.length,
        recall: recall / samples.length,
      });
    }
  }
  return rows;
}

/**
 * A 100-page document built from the dataset's own texts (about 1,000 Chinese characters or 500
 * English words a page, one page number per line as a PDF import gives), summarised whole.
 */
export function measureThroughput(dataDir: string): ThroughputRow[] {
  const rows: ThroughputRow[] = [];
  for (const dataset of DATASETS) {
    const perPage = dataset.language === 'zh' ? 1000 : 500;
    const lines: string[] = [];
    const pageOfLine: number[] = [];
    let page = 1;
    let onPage = 0;
    for (const sample of readSamples(dataDir, dataset.file)) {
      for (const line of sample.text.split('\n')) {
        if (line.trim() === '' || page > 100) continue;
        lines.push(line);
        pageOfLine.push(page);
        onPage += textLength(line, dataset.language);
        if (onPage >= perPage) {
          page++;
          onPage = 0;
        }
      }
    }
    const extracted = asDocument(lines.join('\n'), (i) => pageOfLine[i] ?? null);
    const pages = Math.min(100, page);
    let sentences = 0;
    const [floor, lionrock] = timeAlternately(
      () => {
        sentences = toSummaryDocument('100 pages', extracted).sentences.length;
      },
      () => {
        summariseDocument(toSummaryDocument('100 pages', extracted));
      },
    );
    rows.push({
      document: `${dataset.name.replace(/ \(.*/, '')}, ${pages} pages`,
      pages,
      sentences,
      floorPagesPerSecond: pages / floor,
      lionrockPagesPerSecond: pages / lionrock,
      ratio: floor / lionrock,
    });
  }
  return rows;
}

/**
 * Median seconds of one run of each, over rounds that run both one after the other (after a
 * warm-up), so that load from other processes weighs on both alike.
 */
function timeAlternately(floor: () => void, lionrock: () => void): [number, number] {
  floor();
  lionrock();
  const times: [number[], number[]] = [[], []];
  const started = performance.now();
  while (times[0].length < 5 || (times[0].length < 30 && performance.now() - started < 5000)) {
    for (const [k, run] of [floor, lionrock].entries()) {
      const t = performance.now();
      run();
      times[k as 0 | 1].push((performance.now() - t) / 1000);
    }
  }
  const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
  return [median(times[0]), median(times[1])];
}

export function summariesMarkdown(quality: QualityRow[], throughput: ThroughputRow[]): string {
  const f = (x: number) => x.toFixed(3);
  return [
    '## Summaries: ROUGE-L F1 at the reference length',
    '',
    'Character level for Chinese, word level for English (no stemming); mean over documents. LEAD = the first N',
    'characters or words; TextRank = plain TextRank on the same sentences. Data: VCSum (hahahawu/VCSum, MIT),',
    'QMSum (Yale-LILY/QMSum, MIT), from ../shared/data/summarisation.',
    '',
    '| dataset | docs | method | ROUGE-L F1 | precision | recall |',
    '|---|---:|---|---:|---:|---:|',
    ...quality.map(
      (row) =>
        `| ${row.dataset} | ${row.documents} | ${row.method} | ${f(row.rougeLF1)} | ${f(row.precision)} | ${f(row.recall)} |`,
    ),
    '',
    '## Summaries: throughput on a 100-page document',
    '',
    'Floor = reading the extracted blocks and splitting them into sentences with their pages and sections;',
    'LionRock = that plus ranking, redundancy removal and selection (default length). Ratio = LionRock / floor.',
    '',
    '| document | sentences | floor pages/s | LionRock pages/s | ratio |',
    '|---|---:|---:|---:|---:|',
    ...throughput.map(
      (row) =>
        `| ${row.document} | ${row.sentences} | ${row.floorPagesPerSecond.toFixed(0)} | ${row.lionrockPagesPerSecond.toFixed(0)} | ${row.ratio.toPrecision(2)} |`,
    ),
    '',
  ].join('\n');
}
