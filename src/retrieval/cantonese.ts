import { readFileSync } from 'node:fs';
import { type CantoneseTable, parseCantoneseTable } from './cantonese-table.ts';

/**
 * Characters that (almost) only occur in written Cantonese. One of them marks a text as Cantonese;
 * 係 alone does not (關係), see the protections in data/cantonese-written.tsv.
 */
const CANTONESE_MARKERS =
  /[嘅咗唔冇啲喺嚟佢哋乜嘢嗰噉咩睇揾搵攞諗畀俾嬲攰瞓琴喇囉喎吖㗎嘞咋啩]|係咪|係唔係|[淨只即就都算真仲]係|點樣|點解|點[查揀計睇轉續算搞辦做去]|(?<!一)點幫|幾耐|幾多|幾錢|邊度|邊個|[去到喺]邊|而家|屋企|先可以|[啫嗱囖褦𠿪嗌咁]|係呀|未呀|[一二兩三四五六七八九十百千萬幾0-9]蚊|阿[哥爺嫲]|媽咪|等陣|[掛因]住|得閒|即系|系咪|唔系|唔見左/u;

/** True when the text shows colloquial Cantonese (particles, pronouns, verbs written only in Cantonese). */
export function hasCantoneseMarkers(text: string): boolean {
  return CANTONESE_MARKERS.test(text);
}

let table: CantoneseTable | undefined;

/** An English word asked A-not-A (check唔check, book唔book): the word once. */
const LATIN_A_NOT_A = /([A-Za-z]+)唔\1(?![A-Za-z])/g;
/** 點 before an English verb asks how (點book, 點check); 點 before Chinese is left to the table (地點, 幾點). */
const LATIN_LETTER = /[A-Za-z]/;

/** The shipped table, validated once; a broken data file fails loudly at first use, naming its lines. */
export function cantoneseTable(): CantoneseTable {
  if (table) return table;
  const parsed = parseCantoneseTable(readFileSync(new URL('./data/cantonese-written.tsv', import.meta.url), 'utf8'));
  if (!parsed.ok) {
    const where = parsed.issues.map((issue) => `line ${issue.line}: ${issue.message}`).join('; ');
    throw new Error(`data/cantonese-written.tsv is invalid: ${where}`);
  }
  table = parsed.value;
  return table;
}

/**
 * Rewrites colloquial Cantonese (in Traditional characters) as standard written Chinese, longest
 * match first, so that 點樣申請狗牌 meets an FAQ that says 如何申請狗隻牌照.
 *
 * @example toWrittenChinese('我唔見咗身份證點算') // '我遺失身份證怎麼辦'
 */
export function toWrittenChinese(typed: string, mapping: CantoneseTable = cantoneseTable()): string {
  const { map, longest } = mapping;
  // English verbs are mixed in as they are: check唔check到 (A-not-A) asks about check, 點book = 怎樣book.
  let text = typed.replace(LATIN_A_NOT_A, '$1');
  let out = '';
  let i = 0;
  while (i < text.length) {
    if (text[i] === '點' && LATIN_LETTER.test(text[i + 1] ?? '')) {
      out += '怎樣';
      i++;
      continue;
    }
    // 報唔報 / 去唔去 (A-not-A, "whether to A") asks whether A: 是否 A, as written Chinese says it (是否
    // is a stop word that keeps the yes/no intent); unless the table writes that question out (得唔得 →
    // 可不可以: A alone, 得, is not the question). A is then read on with what follows it, so 返唔返嚟 is
    // 是否返嚟 → 是否回來, not 返 + 來.
    if (text[i + 1] === '唔' && text[i] === text[i + 2] && text[i] !== '係' && !map.has(text.slice(i, i + 3))) {
      out += '是否';
      text = text.slice(0, i + 1) + text.slice(i + 3);
      continue;
    }
    let replaced = false;
    for (let length = Math.min(longest, text.length - i); length >= 1; length--) {
      const written = map.get(text.slice(i, i + length));
      if (written !== undefined) {
        out += written;
        i += length;
        replaced = true;
        break;
      }
    }
    if (!replaced) {
      out += text[i];
      i++;
    }
  }
  return out;
}
