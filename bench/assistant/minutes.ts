/**
 * Meeting minutes (issue #17), LionRock beside its peers in one run; part of `npm run bench:assistant`
 * and runnable alone (`tsx bench/assistant/minutes.ts`). Writes bench/results/assistant-minutes.md/json.
 *
 * 1. QMSum committee meetings (en): for each "what was decided / what did X say" query, the share of
 *    its reference answer's content words found in our minutes, beside LEAD and TextRank of the same
 *    length (words).
 * 2. VCSum segments (zh-Hans): topic segmentation of whole meetings (Pk) and each segment's discussion
 *    summary (character ROUGE-L against the reference `discussion`), beside LEAD and TextRank.
 * 3. Cantonese → formal written Chinese: chrF against yue-written-pairs' written version.
 * 4. Throughput: pages per second on a 100-page transcript, as a ratio to a floor.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  buildMinutes,
  centralSentences,
  type Minutes,
  minutesCantoneseTable,
  parseTranscript,
  rewriteForRecord,
  segmentTopics,
  splitTurns,
  type Turn,
} from '../../src/assistant/minutes/index.ts';
import { chrFScore, chrFStatistics, cantoneseTable, type ChrFStatistics } from '../../src/retrieval/index.ts';
import { halfOf, loadYuePairs, rewriteAsAnalyzer } from '../retrieval/cantonese-pairs.ts';
import { leadBaseline, lengthIn, textRankBaseline, words } from './minutes-baselines.ts';
import { pk, rougeL, tokenRecall } from './minutes-metrics.ts';

/** "What was decided / what did X say" queries: the ones about decisions, views and what someone said. */
const DECIDED_OR_SAID =
  /decid|decision|agree|conclu|what did|what was|opinion|view|position|stance|think|suggest|propos|recommend|\bsay\b|\bsaid\b/iu;
/** An answer counts as found when at least this share of its content words is in the text (also at a looser 0.3). */
const COVERED = 0.5;
const LOOSELY_COVERED = 0.3;
/** Pages: 500 words of English, 1,000 characters of Chinese (a printed A4 page of each). */
const WORDS_PER_PAGE = 500;
const CHARS_PER_PAGE = 1000;
/** A 100-page transcript minuted in 10 s on one core: the floor throughput is met at 10 pages/s. */
const FLOOR_PAGES_PER_SECOND = 10;

function minutesText(minutes: Minutes): string {
  return minutes.items
    .flatMap((item) => [
      item.title,
      item.summary,
      ...item.decisions,
      ...item.actions.map((a) => `${a.owner ?? ''} ${a.action}`),
    ])
    .join(' ');
}

interface QmsumMeeting {
  meeting_transcripts: { speaker: string; content: string }[];
  specific_query_list: { query: string; answer: string }[];
}

export interface RecallRow {
  system: string;
  queries: number;
  words: number;
  mean_token_recall: number;
  covered_share: number;
  covered_share_at_0_3: number;
  mean_rouge_l_recall: number;
}

export function measureQmsum(dataDir: string, meetings: 'committee' | 'other', filter: RegExp | null): RecallRow[] {
  const folder = join(dataDir, 'minutes/qmsum-test');
  const committee = /^(?:covid|education)_\d+\.json$/u;
  const files = readdirSync(folder)
    .filter((f) => f.endsWith('.json') && committee.test(f) === (meetings === 'committee'))
    .sort();
  const systems = ['LionRock minutes', 'LEAD (same length)', 'TextRank (same length)'];
  const sums = systems.map(() => ({ queries: 0, words: 0, recall: 0, covered: 0, loose: 0, rouge: 0 }));
  for (const file of files) {
    const meeting = JSON.parse(readFileSync(join(folder, file), 'utf8')) as QmsumMeeting;
    const turns: Turn[] = meeting.meeting_transcripts.map((t) => ({ speaker: t.speaker, text: t.content }));
    const ours = minutesText(buildMinutes({ format: 'txt', turns, rollCall: [] }));
    const budget = words(ours).length;
    const texts = [ours, leadBaseline(turns, budget), textRankBaseline(turns, budget)];
    const queries = meeting.specific_query_list.filter((q) => !filter || filter.test(q.query));
    texts.forEach((text, s) => {
      const sum = sums[s];
      if (!sum) return;
      sum.words += words(text).length;
      for (const q of queries) {
        const recall = tokenRecall(q.answer, text);
        sum.queries++;
        sum.recall += recall;
        if (recall >= COVERED) sum.covered++;
        if (recall >= LOOSELY_COVERED) sum.loose++;
        sum.rouge += rougeL(text, q.answer).recall;
      }
    });
  }
  return systems.map((system, s) => {
    const sum = sums[s] ?? { queries: 0, words: 0, recall: 0, covered: 0, loose: 0, rouge: 0 };
    return {
      system,
      queries: sum.queries,
      words: Math.round(sum.words / files.length),
      mean_token_recall: round(sum.recall / Math.max(1, sum.queries)),
      covered_share: round(sum.covered / Math.max(1, sum.queries)),
      covered_share_at_0_3: round(sum.loose / Math.max(1, sum.queries)),
      mean_rouge_l_recall: round(sum.rouge / Math.max(1, sum.queries)),
    };
  });
}

interface VcsumSegment {
  id: string;
  av_num: number;
  context: string[][];
  discussion: string;
  agenda: string;
}

function loadVcsum(dataDir: string): VcsumSegment[] {
  return readFileSync(join(dataDir, 'minutes/vcsum-test/short_test.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as VcsumSegment);
}

const segmentTurns = (segment: VcsumSegment): Turn[] =>
  segment.context.map((paragraph) => ({ speaker: null, text: paragraph.join('') }));

export interface SegmentationRow {
  system: string;
  meetings: number;
  mean_pk: number;
  mean_segments: number;
}

export interface DiscussionRow {
  system: string;
  segments: number;
  rouge_l_recall: number;
  rouge_l_f1: number;
}

export function measureVcsum(dataDir: string): { segmentation: SegmentationRow[]; discussion: DiscussionRow[] } {
  const segments = loadVcsum(dataDir);
  const meetings = new Map<number, VcsumSegment[]>();
  for (const s of segments) meetings.set(s.av_num, [...(meetings.get(s.av_num) ?? []), s]);
  const pks = { ours: 0, uniform: 0, none: 0, oursCount: 0, truth: 0 };
  let counted = 0;
  for (const parts of meetings.values()) {
    if (parts.length < 2) continue;
    const reference: number[] = [];
    const sentences = parts.flatMap((part, p) => {
      const own = splitTurns(segmentTurns(part));
      for (let i = 0; i < own.length; i++) reference.push(p);
      return own;
    });
    const relabelled = sentences.map((s, index) => ({ ...s, index }));
    const ours = segmentTopics(relabelled);
    const hypothesis = ours.flatMap((segment, k) => segment.sentences.map(() => k));
    const uniform = sentences.map((_, i) => Math.floor((i * ours.length) / sentences.length));
    pks.ours += pk(reference, hypothesis);
    pks.uniform += pk(reference, uniform);
    pks.none += pk(
      reference,
      sentences.map(() => 0),
    );
    pks.oursCount += ours.length;
    pks.truth += parts.length;
    counted++;
  }
  const segmentation: SegmentationRow[] = [
    {
      system: 'LionRock lexical cohesion',
      meetings: counted,
      mean_pk: round(pks.ours / counted),
      mean_segments: round(pks.oursCount / counted),
    },
    {
      system: 'uniform (same number of segments)',
      meetings: counted,
      mean_pk: round(pks.uniform / counted),
      mean_segments: round(pks.oursCount / counted),
    },
    { system: 'no boundaries', meetings: counted, mean_pk: round(pks.none / counted), mean_segments: 1 },
    { system: '(reference)', meetings: counted, mean_pk: 0, mean_segments: round(pks.truth / counted) },
  ];
  const sums = [0, 0, 0].map(() => ({ recall: 0, f1: 0 }));
  for (const segment of segments) {
    const turns = segmentTurns(segment);
    const budget = lengthIn(segment.discussion, true);
    const ours = centralSentences(splitTurns(turns), budget, true)
      .map((s) => s.text)
      .join('');
    [ours, leadBaseline(turns, budget, true), textRankBaseline(turns, budget, true)].forEach((text, s) => {
      const score = rougeL(text, segment.discussion);
      const sum = sums[s];
      if (!sum) return;
      sum.recall += score.recall;
      sum.f1 += score.f1;
    });
  }
  const discussion = ['LionRock central sentences', 'LEAD (same length)', 'TextRank (same length)'].map(
    (system, s) => ({
      system,
      segments: segments.length,
      rouge_l_recall: round((sums[s]?.recall ?? 0) / segments.length),
      rouge_l_f1: round((sums[s]?.f1 ?? 0) / segments.length),
    }),
  );
  return { segmentation, discussion };
}

export interface ChrFRow {
  half: string;
  pairs: number;
  unchanged: number;
  retrieval_mapping: number;
  minutes_rewrite: number;
}

export function measureCantonese(dataDir: string): ChrFRow[] {
  const pairs = loadYuePairs(dataDir);
  const row = (half: string, subset: typeof pairs): ChrFRow => {
    const stats: ChrFStatistics[][] = [[], [], []];
    for (const pair of subset) {
      stats[0]?.push(chrFStatistics(pair.yue, pair.written));
      stats[1]?.push(chrFStatistics(rewriteAsAnalyzer(pair.yue), pair.written));
      stats[2]?.push(chrFStatistics(rewriteForRecord(pair.yue), pair.written));
    }
    return {
      half,
      pairs: subset.length,
      unchanged: round(chrFScore(stats[0] ?? []), 1),
      retrieval_mapping: round(chrFScore(stats[1] ?? []), 1),
      minutes_rewrite: round(chrFScore(stats[2] ?? []), 1),
    };
  };
  return [
    row(
      'development',
      pairs.filter((p) => halfOf(p) === 'development'),
    ),
    row(
      'test',
      pairs.filter((p) => halfOf(p) === 'test'),
    ),
    row('all', pairs),
  ];
}

export interface ThroughputRow {
  transcript: string;
  pages: number;
  seconds: number;
  pages_per_second: number;
  floor_ratio: number;
}

function timeMinutes(label: string, text: string, pages: number): ThroughputRow {
  const runs: number[] = [];
  for (let i = 0; i < 3; i++) {
    const started = process.hrtime.bigint();
    const parsed = parseTranscript(text);
    if (!parsed.ok) throw new Error(`${label}: ${parsed.issues[0]?.message}`);
    buildMinutes(parsed.value, { meetingDate: '2026-12-02' });
    runs.push(Number(process.hrtime.bigint() - started) / 1e9);
  }
  const seconds = runs.sort((a, b) => a - b)[1] ?? 0;
  const perSecond = pages / seconds;
  return {
    transcript: label,
    pages,
    seconds: round(seconds, 2),
    pages_per_second: round(perSecond, 1),
    floor_ratio: round(perSecond / FLOOR_PAGES_PER_SECOND, 1),
  };
}

export function measureThroughput(dataDir: string): ThroughputRow[] {
  const folder = join(dataDir, 'minutes/qmsum-test');
  const english: string[] = [];
  let wordCount = 0;
  for (const file of readdirSync(folder)
    .filter((f) => /^(?:covid|education)_\d+\.json$/u.test(f))
    .sort()) {
    for (const t of (JSON.parse(readFileSync(join(folder, file), 'utf8')) as QmsumMeeting).meeting_transcripts) {
      if (wordCount >= 100 * WORDS_PER_PAGE) break;
      english.push(`${t.speaker}: ${t.content.replace(/\s+/gu, ' ')}`);
      wordCount += words(t.content).length;
    }
  }
  const yue = loadYuePairs(dataDir).map((p) => p.yue);
  const cantonese: string[] = [];
  let chars = 0;
  for (let i = 0; chars < 100 * CHARS_PER_PAGE; i++) {
    const line = yue[i % yue.length] ?? '';
    cantonese.push(`${['陳主席', '李委員', '黃委員'][i % 3]}：${line}`);
    chars += line.length;
  }
  return [
    timeMinutes('QMSum committee turns (en)', english.join('\n'), wordCount / WORDS_PER_PAGE),
    timeMinutes('Cantonese lines, rewritten (yue)', cantonese.join('\n'), chars / CHARS_PER_PAGE),
  ];
}

function round(value: number, digits = 3): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

function table<T extends object>(rows: readonly T[]): string {
  const keys = Object.keys(rows[0] ?? {}) as (keyof T)[];
  return [
    `| ${keys.join(' | ')} |`,
    `|${keys.map(() => '---').join('|')}|`,
    ...rows.map((row) => `| ${keys.map((k) => String(row[k])).join(' | ')} |`),
  ].join('\n');
}

/** Runs every part and returns its Markdown section and JSON results. */
export function runMinutesBench(dataDir: string): { markdown: string; results: Record<string, unknown> } {
  const decidedOrSaid = measureQmsum(dataDir, 'committee', DECIDED_OR_SAID);
  const allQueries = measureQmsum(dataDir, 'committee', null);
  const development = measureQmsum(dataDir, 'other', null);
  const vcsum = measureVcsum(dataDir);
  const cantonese = measureCantonese(dataDir);
  const throughput = measureThroughput(dataDir);
  const markdown = [
    '## Meeting minutes',
    '',
    'Data: ../shared/data/minutes (QMSum, MIT: the 6 parliamentary committee meetings covid_* and education_*; VCSum, MIT: 136 topic segments of 26 Chinese meetings) and cantonese/yue-written-pairs.jsonl (UD Cantonese-HK / Chinese-HK, CC BY-SA 4.0).',
    '',
    `### QMSum committee meetings: is the answer in the minutes? (queries about what was decided / what someone said or thought)`,
    '',
    `Per reference answer: the share of its distinct content words (stop words out) found in the text (token recall); an answer is covered at ≥ ${COVERED}. ROUGE-L recall is the longest common subsequence of content words over the answer's length. LEAD and TextRank get our minutes' length in words, meeting by meeting, and speaker names as our summaries do.`,
    '',
    table(decidedOrSaid),
    '',
    'All 66 specific queries of those meetings, for reference:',
    '',
    table(allQueries),
    '',
    "The 29 product and research meetings (AMI, ICSI), all their specific queries: the development set on which the minutes' defaults (segmentation window and item count, summary candidates) were chosen; the committee meetings above were only scored.",
    '',
    table(development),
    '',
    '### VCSum (zh): topic segmentation and per-item discussion',
    '',
    'Segmentation of each whole meeting (its reference segments concatenated, no agenda markers, so lexical cohesion alone) by Pk (lower is better; k = half the mean reference segment length).',
    '',
    table(vcsum.segmentation),
    '',
    'Discussion summary of each reference segment, the length of its reference `discussion` in characters; character ROUGE-L against that discussion.',
    '',
    table(vcsum.discussion),
    '',
    `### Cantonese → formal written Chinese (chrF, order 6, beta 2; minutes table version ${minutesCantoneseTable().version} over search table version ${cantoneseTable().version})`,
    '',
    'The minutes table was written from the development half only (pairs split by a hash of their id, as bench/retrieval does); the test half is the reported figure. Lines without Cantonese markers are left as said by both rewriters.',
    '',
    table(cantonese),
    '',
    `### Throughput (parse + minutes, median of 3 runs; a page is ${WORDS_PER_PAGE} words or ${CHARS_PER_PAGE} Chinese characters; floor ${FLOOR_PAGES_PER_SECOND} pages/s)`,
    '',
    table(throughput),
    '',
  ].join('\n');
  return { markdown, results: { decidedOrSaid, allQueries, development, vcsum, cantonese, throughput } };
}

/** Exits with a plain message when the shared data folder lacks what this benchmark reads. */
export function requireMinutesData(dataDir: string): void {
  for (const folder of ['minutes/qmsum-test', 'minutes/vcsum-test', 'cantonese']) {
    if (existsSync(join(dataDir, folder))) continue;
    process.stderr.write(
      `the minutes benchmark needs ${join(dataDir, folder)} (the shared data folder); it is missing.\n`,
    );
    process.exit(1);
  }
}

const isMain = process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1];
if (isMain) {
  const root = fileURLToPath(new URL('../../', import.meta.url));
  const dataDir = join(root, '../shared/data');
  requireMinutesData(dataDir);
  const run = runMinutesBench(dataDir);
  process.stdout.write(run.markdown);
  writeMinutesResults(root, run);
}

/** Writes bench/results/assistant-minutes.md and .json. */
export function writeMinutesResults(root: string, run: { markdown: string; results: Record<string, unknown> }): void {
  const header = `# bench:assistant — meeting minutes\n\nProduced by \`npm run bench:assistant\` (Node ${process.version}, ${process.platform}/${process.arch}, measured ${new Date().toISOString().slice(0, 10)}).\n\n`;
  const out = join(root, 'bench/results');
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'assistant-minutes.md'), header + run.markdown);
  writeFileSync(join(out, 'assistant-minutes.json'), `${JSON.stringify(run.results, null, 2)}\n`);
}
