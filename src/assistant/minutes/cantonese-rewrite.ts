import { readFileSync } from 'node:fs';
import {
  type CantoneseTable,
  cantoneseTable,
  hasCantoneseMarkers,
  parseCantoneseTable,
  toWrittenChinese,
} from '../../retrieval/index.ts';

let merged: CantoneseTable | undefined;

/**
 * The minutes table: the retrieval engine's colloquial → written table, then ours
 * (data/cantonese-minutes.tsv, versioned, validated at first use) winning where both have a word.
 */
export function minutesCantoneseTable(): CantoneseTable {
  if (merged) return merged;
  const parsed = parseCantoneseTable(readFileSync(new URL('./data/cantonese-minutes.tsv', import.meta.url), 'utf8'));
  if (!parsed.ok) {
    const where = parsed.issues.map((issue) => `line ${issue.line}: ${issue.message}`).join('; ');
    throw new Error(`data/cantonese-minutes.tsv is invalid: ${where}`);
  }
  const search = cantoneseTable();
  const map = new Map(search.map);
  for (const [colloquial, written] of parsed.value.map) map.set(colloquial, written);
  merged = { version: parsed.value.version, map, longest: Math.max(search.longest, parsed.value.longest) };
  return merged;
}

/** Fillers a speaker opens a clause with (噉呢，/ 嗱，/ 誒，/ 呀，): a record drops them with their comma. */
const OPENING_FILLER =
  /(^|[，,。！？!?；;：:\s])(?:噉呢就|噉呢|噉就|噉|嗱|誒|吓|呀|啊|喂|哦|嗯|呃|咦|即係|就係|其實)\s*[，,、]\s*/gu;
/** The topic particle 呢 before a pause (我剛才呢，已經…): dropped with the pause. */
const TOPIC_PAUSE = /(?<=\p{Script=Han})呢\s*[，,]\s*/gu;
/** Sentence-final 呀/啊/吖 before a full stop or pause; before ？ the table turns 未呀 into 了嗎. */
const FINAL_PARTICLE = /[呀啊吖]+(?=[，,。！!…」\s]|$)/gu;
/** A false start repeated (我-我-我哋, 主-主席): the word once. */
const STUTTER = /(\p{Script=Han}{1,3})[-－—](?=\1)/gu;
/** A dash where a speaker broke off and restarted (時間-我唔想): a pause. */
const BREAK_OFF = /(?<=\p{Script=Han})[-－](?=\p{Script=Han})/gu;
/** 好 before an adjective is "very" (好清楚 → 很清楚), not "good". */
const VERY = /好(?=[清重難多大細快慢高低長短明簡複嚴緊容少貴平遠近])/gu;

/**
 * Rewrites spoken Cantonese as formal written Chinese for a meeting record, without a model:
 * fillers and pause particles dropped, then the merged colloquial → written table (longest match),
 * then the spaces and doubled punctuation the drops leave are tidied.
 *
 * @example toFormalWritten('噉呢，我哋已經傾咗呢個問題喇。') // '我們已經傾了這個問題。'
 */
export function toFormalWritten(spoken: string, table: CantoneseTable = minutesCantoneseTable()): string {
  let text = spoken.replace(OPENING_FILLER, '$1').replace(TOPIC_PAUSE, '').replace(FINAL_PARTICLE, '');
  let previous: string;
  do {
    previous = text;
    text = text.replace(STUTTER, '');
  } while (text !== previous);
  text = text.replace(BREAK_OFF, '，');
  text = toWrittenChinese(text.replace(VERY, '很'), table);
  return tidy(text);
}

/** Drops the spaces a dropped particle leaves between Chinese characters and punctuation, and doubled pauses. */
function tidy(text: string): string {
  return text
    .replace(/(?<=[^\x20-\x7e]) +| +(?=[^\x20-\x7e])/gu, '')
    .replace(/[，,、]{2,}/gu, '，')
    .replace(/[，,、]+(?=[。！？!?…；;])/gu, '')
    .replace(/^[，,、\s]+/u, '')
    .trim();
}

/**
 * A line of a record: rewritten when it reads as Cantonese (the retrieval engine's markers), else kept
 * as said, so written Chinese and particles a written line may keep (走啦) are left alone.
 */
export function rewriteForRecord(text: string): string {
  return hasCantoneseMarkers(text) ? toFormalWritten(text) : text;
}
