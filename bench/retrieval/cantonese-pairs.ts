import { readFileSync } from 'node:fs';
import {
  type ChrFStatistics,
  chrFScore,
  chrFStatistics,
  hasCantoneseMarkers,
  toWrittenChinese,
} from '../../src/retrieval/index.ts';

/** One line of spoken Cantonese with its written-Chinese version (UD Cantonese-HK parallel lines, CC BY-SA 4.0). */
export interface YuePair {
  id: string;
  source: string;
  yue: string;
  written: string;
}

export function loadYuePairs(root: string): YuePair[] {
  return readFileSync(`${root}/cantonese/yue-written-pairs.jsonl`, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const row = JSON.parse(line) as { parallel_id: string; source: string; yue: string; zh_hant: string };
      return { id: row.parallel_id, source: row.source, yue: row.yue, written: row.zh_hant };
    });
}

/** FNV-1a, 32 bits: a fixed hash, so a pair stays in its half whatever else the file holds. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/**
 * The half a pair belongs to, by the hash of its id: `development` is the only half read while
 * improving the mapping; `test` is only scored.
 */
export function halfOf(pair: YuePair): 'development' | 'test' {
  return fnv1a(pair.id) % 2 === 0 ? 'development' : 'test';
}

/** What the analyzer does to a line before matching: rewrite it only when it reads as Cantonese. */
export function rewriteAsAnalyzer(line: string): string {
  return hasCantoneseMarkers(line) ? toWrittenChinese(line) : line;
}

export interface MappingRow {
  half: string;
  pairs: number;
  /** Lines the analyzer reads as Cantonese (and so rewrites). */
  rewritten: number;
  unchanged_chrf: number;
  mapped_chrf: number;
}

/** Corpus chrF (order 6, beta 2) of the lines left as typed and of the rewritten lines, against the written version. */
export function mappingRow(half: string, pairs: readonly YuePair[]): MappingRow {
  const unchanged: ChrFStatistics[] = [];
  const mapped: ChrFStatistics[] = [];
  let rewritten = 0;
  for (const pair of pairs) {
    unchanged.push(chrFStatistics(pair.yue, pair.written));
    const hypothesis = rewriteAsAnalyzer(pair.yue);
    if (hasCantoneseMarkers(pair.yue)) rewritten++;
    mapped.push(chrFStatistics(hypothesis, pair.written));
  }
  return {
    half,
    pairs: pairs.length,
    rewritten,
    unchanged_chrf: chrFScore(unchanged),
    mapped_chrf: chrFScore(mapped),
  };
}

/** Rows for the development half, the test half (the reported figure) and both. */
export function mappingRows(pairs: readonly YuePair[]): MappingRow[] {
  return [
    mappingRow(
      'development',
      pairs.filter((p) => halfOf(p) === 'development'),
    ),
    mappingRow(
      'test',
      pairs.filter((p) => halfOf(p) === 'test'),
    ),
    mappingRow('all', pairs),
  ];
}
