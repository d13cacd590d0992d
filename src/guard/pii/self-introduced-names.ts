import { finding, type PiiFinding } from './detector.ts';
import { HK_PLACES_ZH } from './hk-places.ts';
import { ZH_SURNAME, ZH_TITLES } from './name-parts.ts';
import { PII_REASONS } from './pii-reasons.ts';

/**
 * A name a person gives for themself: `我叫陳大文，想查詢…`, `本人李美玲`, `我係黃志偉，電話…`.
 * 我係 and 本人 start as many ordinary sentences as names (`我係市民`, `我係想問`, `本人同意`), so
 * the name must start with a surname, have one or two more characters, and end where the sentence
 * plainly goes on: punctuation, a title (`先生`), or a word that follows a name (想, 要, 住, 電話…).
 * The name is 2–4 characters; a surname with a title alone (`我係陳太`) gives the surname.
 */
const CUE = /(?:我叫(?:做)?|我係|我是|(?<![日基原成版])本人(?:係|是|叫|名叫)?)[ \t]*/g;
const SURNAME_AT = new RegExp(`^${ZH_SURNAME}`);
/** A title right after the surname; 生 and 太 count only there (`陳生`, `陳太`), never after a given name. */
const TITLE_AT = new RegExp(`^(?:${ZH_TITLES}|生|太)`);
const LONG_TITLE_AT = new RegExp(`^(?:${ZH_TITLES})`);
/** Words that go on after a name in a sentence; none starts a given name. */
const BREAK_AT =
  /^(?:[想要係是住喺在嘅的同和及與与有會会已現现謹谨特茲兹為为乃於于啊呀啦喇呢嗎吗咩就都也問问請请電电聯联用話话講讲知冇唔，,。.、;；:：!！?？()（）]|明天|明日|今日|今天|聽日|而家|宜家)/;
const HAN = /^[\u4e00-\u9fff]/;
/**
 * Ordinary words after the cue that start with a surname character: places (`我係黃大仙區居民`),
 * and words such as 高中, 區議員, 鍾意, 康文署, and 曾 before a verb (`本人曾致電`).
 */
const NOT_A_NAME_AT = new RegExp(
  `^(?:${[...HK_PLACES_ZH].sort((a, b) => b.length - a.length).join('|')}|高中|高級|高级|高興|高兴|高層|高龄|高齡|方便|方面|關於|关于|關注|关注|關心|关心|關係|关系|區議|区议|區內|区内|周末|周圍|周日|曾[經经於于在向被任以多有致到去申參参報报聯联打收入住搬作做用提投接見见試试與与同和跟為为因透上寫写電电居就係是已]|金融|衛生|卫生|何時|何时|何解|馬上|马上|鍾意|锺意|康文|溫習|温习|嚴重|严重|簡單|简单|陸續|陆续|程序|歐洲|欧洲|黃金|黄金|石油|龍頭|江湖|田徑|林業|伍佰)`,
);
/** A name does not end in a word of a body, a rank or a group (`林業署`, `區議員`). */
const NOT_NAME_END = /[署處处局會会部科組组隊队院校館馆所員员民師师長长工客主友者們们區区]$/;

/** The name that starts at `at`, or undefined. */
function nameAt(text: string, at: number): string | undefined {
  const rest = text.slice(at, at + 10);
  if (NOT_A_NAME_AT.test(rest)) return undefined;
  const surname = SURNAME_AT.exec(rest)?.[0];
  if (!surname) return undefined;
  const afterSurname = rest.slice(surname.length);
  if (TITLE_AT.test(afterSurname)) return surname;
  for (const length of [2, 1]) {
    const given = afterSurname.slice(0, length);
    if (given.length < length || [...given].some((_, k) => !HAN.test(given.slice(k)) || BREAK_AT.test(given.slice(k))))
      continue;
    const next = afterSurname.slice(length);
    const ends = next === '' || !HAN.test(next) || LONG_TITLE_AT.test(next) || BREAK_AT.test(next);
    const name = surname + given;
    if (ends && !NOT_NAME_END.test(name)) return name;
  }
  return undefined;
}

/** Finds the names people give after 我係, 我叫 or 本人; see the module comment. */
export function selfIntroducedNames(text: string): PiiFinding[] {
  const out: PiiFinding[] = [];
  for (const m of text.matchAll(CUE)) {
    const at = m.index + m[0].length;
    const name = nameAt(text, at);
    if (name) out.push(finding('PERSON', text, at, at + name.length, 0.85, PII_REASONS.selfIntroduced));
  }
  return out;
}
