import type { BilingualReason } from '../reason-text.ts';
import { bareNames, NOT_PERSON_RUN } from './bare-names.ts';
import { cuedNames } from './cued-names.ts';
import { type Detector, finding, type PiiFinding, scanRegex } from './detector.ts';
import { HAN_NOT_TITLE, ID_WORD, ZH_SURNAME, ZH_TITLES } from './name-parts.ts';
import { selfIntroducedNames } from './self-introduced-names.ts';
import { PII_REASONS } from './pii-reasons.ts';

/**
 * Names of people, only where the text says a name follows or precedes: 姓名：陳大文, 陳先生,
 * 李小姐, 我係黃志偉 (`self-introduced-names.ts`), Mr Chan Tai-man, applicant Wong Siu Ming,
 * "my name is Amy Lee". Names without such a cue are not guessed: a guard that masks every
 * capitalised word ruins harmless text. A title is no part of a name (`黃志偉先生` gives `黃志偉`).
 */
// 我叫 is read by `self-introduced-names.ts`, which wants a surname: `我叫咗佢哋幫手` names no one. After a label a
// surname the list lacks may stand alone before a title (`聯絡人：熊小姐`).
const ZH_LABEL_NAME = `${HAN_NOT_TITLE}{2,4}|[\\u4e00-\\u9fff](?=${ZH_TITLES})`;
const ZH_LABEL = new RegExp(
  `(?:姓名|名字|我個名叫|我的名字是)\\s*[:：]?\\s*(${ZH_LABEL_NAME})|(?:申請人|申请人|聯絡人|联络人|收件人|本人)\\s*[:：]\\s*(${ZH_LABEL_NAME})`,
  'g',
);
/** After a role word with no colon (`申請人陳大文`), the name must start with a surname: `申請人或企業` is no name. */
const ZH_ROLE = new RegExp(`(?:申請人|申请人|聯絡人|联络人|收件人)\\s*(${ZH_SURNAME}${HAN_NOT_TITLE}{1,3})`, 'g');
/**
 * A surname and up to two characters before a title. 生 (`陳生`) only right after the surname, so
 * `高中生` is no one; 區議員 is a district councillor, not Mr 區.
 */
const ZH_TITLE = new RegExp(
  `(${ZH_SURNAME}[\\u4e00-\\u9fff]{0,2}?)(?:${ZH_TITLES}|(?<![區区])議員|议员)|(${ZH_SURNAME})(?<![衛卫])生`,
  'g',
);
/** A name after a strong cue, in any Latin script (`Åke Lindqvist`, `Kamila Dvořáková`); it never crosses a line. */
// Hong Kong given names are often hyphenated in lower case after the hyphen (`Chan Tai-man`). The initial is never
// the first letter of an identity-card word (`Mr Chan HKID A123456(3)`).
const NAME = String.raw`\p{Lu}[\p{Ll}'’]+(?:-\p{Ll}+)?(?:[- ]\p{Lu}[\p{Ll}'’]+(?:-\p{Ll}+)?){0,3}(?:[ \t](?!(?:HKID|Hkid|ID|Id)(?![\p{L}\p{N}]))\p{Lu}\.?(?:[ \t]\p{Lu}[\p{Ll}'’]+)?)?`;
/** The name read right after a cue; the cues themselves are plain patterns, which scan text faster than unicode ones. */
const NAME_AT = new RegExp(`^(?:${NAME})`, 'u');
/** Titles before an English name; a title is no part of the name. */
export const EN_TITLES = 'Mr|Mrs|Ms|Miss|Mdm|Madam|Dr|Prof';
const EN_TITLE = new RegExp(String.raw`\b(?:${EN_TITLES})\.?\s+`, 'g');
const EN_LABEL =
  /\b(?:[Nn]ame(?: is|:|\?)|[Aa]pplicant(?: name)?:?|[Cc]ontact person:?|[Ii] am|I'm|[Cc]alled|[Ss]igned(?: by)?:?|[Dd]ear)\s+/g;
/** Weaker cues: a full name (two or more capitalised words, `Wilmarje ten Brok`) must follow. */
const FULL_NAME = String.raw`[A-Z][a-zà-öø-ÿ'’]+(?:[ \t][A-Z]\.?)?(?:[- ](?:(?:van|von|ten|ter|de|der|den|da|di|du|del|dos|le|la) )?[A-Z][a-zà-öø-ÿ'’]+){1,2}`;
const EN_SOFT_CUE = new RegExp(
  String.raw`\b(?:by|under|with|says|said|producer|directed by:?|written by:?|partner(?:'s name)?|wife|husband|son|daughter|kid|friend|colleague|contact|customer|patient|tenant|billing address:|follow up with|talk to|speak to|ask for)\s+(${FULL_NAME})`,
  'g',
);
/** A full name right before a verb or phrase that only people take. */
const EN_BEFORE_VERB = new RegExp(
  `(${FULL_NAME})(?=(?:'s|’s)? (?:lives?|lived|will be (?:talking|speaking|presenting)|said|says|explained|wrote|address|from [A-Z]|listed his|listed her|concert|novel|killers))`,
  'g',
);
/** First name, middle initial, surname: `Faina D. Yefremova`, `Kate M Begum`. The shape alone is a name. */
const INITIAL_NAME = /\b([A-Z][a-zà-öø-ÿ'’]+[ \t][A-Z]\.?[ \t][A-Z][a-zà-öø-ÿ'’]{2,}(?:-[A-Z][a-zà-öø-ÿ'’]+)?)/g;
/** A name on its own at the start of a line, followed by an address block (two spaces then a number). */
const NAME_OVER_ADDRESS = new RegExp(String.raw`(?:^|\n)(${FULL_NAME})(?=\s{2,}\d)`, 'g');

/** Capitalised words that follow the cues but are not names. */
const NOT_NAMES =
  /^(?:The|This|That|These|Those|Not|Here|There|Sir|Madam|Hong|Kong|Government|Department|Please|Yes|No|A|An|Mr|Ms|Dr|I|We|You|He|She|They|It|My|Our|Your|His|Her|Their|New|North|South|East|West|Central|Room|Flat|Block|Tower|Road|Street|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|June|July|August|September|October|November|December|Christmas|Easter|Chinese|English|Cantonese|Mandarin|Google|Apple|Microsoft|Facebook|Amazon|Bank|City|Hospital|University|School|Police|Immigration|Housing|Social|Welfare|Labour|Transport|Health|Inland|Revenue|Water|Supplies|Post|Office|Council|Board|Committee|Company|Limited|Ltd|Inc|Team|Service|Services|Centre|Center|Court|Park|Station|Airport|Island|Kowloon|Territories|Wan|Chai|Mong|Kok|Tsim|Sha|Tsui|Causeway|Bay|Tuen|Mun|Tai|Po|Sai|Kung|Shatin|Admiralty|Lantau)$/;

/** Words that start an address part, never a name's last word. */
const ADDRESS_WORD = /^(?:Suite|Apt|Unit|Flat|Room|Floor|Block|Box)$/;

/** Words of a role or rank that may lead a run of capitals but are no part of the name (`Producer Kenta Morimura`). */
const ROLE_WORD =
  /^(?:Producer|Director|Manager|President|Professor|Doctor|Chairman|Chairwoman|Minister|Officer|Judge|Senator|Captain|General|Sir|Dame|Lord|Lady|Songwriter|Singer|Author|Writer|Editor|Coach)$/;

function group1(text: string, m: RegExpExecArray, confidence: number, reason: BilingualReason): PiiFinding | null {
  const matched = m[1] ?? m[2];
  if (!matched) return null;
  return nameAt(text, m.index + m[0].lastIndexOf(matched), matched, confidence, reason);
}

/** The name right after a cue (`m` ends where the name starts). */
function afterCue(text: string, m: RegExpExecArray, confidence: number, reason: BilingualReason): PiiFinding | null {
  const end = m.index + m[0].length;
  const name = NAME_AT.exec(text.slice(end, end + 80))?.[0];
  return name ? nameAt(text, end, name, confidence, reason) : null;
}

function nameAt(
  text: string,
  at: number,
  matched: string,
  confidence: number,
  reason: BilingualReason,
): PiiFinding | null {
  let start = at;
  // A possessive is no part of the name (`Maguire's song`), nor a leading role (`Producer Kenta Morimura`).
  let name = matched.replace(/['’]s?$/, '');
  const role = /^(\S+) /.exec(name);
  if (role?.[1] && ROLE_WORD.test(role[1])) {
    name = name.slice(role[0].length);
    start += role[0].length;
  }
  let words = name.split(/\s/);
  const first = words[0] ?? '';
  if (
    !first ||
    NOT_NAMES.test(first) ||
    ID_WORD.test(first) ||
    /身份|證|证|電話|电话|地址|號碼|号码|資料|资料|編號|编号|申請|申请/.test(name)
  )
    return null;
  // An address part or an identity-card word ends the name (`Helena Marsh Suite 12`, `Lee Id A123456(3)`); a firm
  // word makes it no name (`Apex Corporation`).
  const stop = words.findIndex((w, i) => i > 0 && (ADDRESS_WORD.test(w) || ID_WORD.test(w)));
  if (stop > 0) words = words.slice(0, stop);
  if (words.some((w, i) => i > 0 && NOT_PERSON_RUN.test(w))) return null;
  const value = words.join(' ');
  return finding('PERSON', text, start, start + (stop > 0 ? value.length : name.length), confidence, reason);
}

export const personDetector: Detector = {
  type: 'PERSON',
  detect(text) {
    return [
      ...scanRegex(text, ZH_LABEL, (m) => group1(text, m, 0.9, PII_REASONS.nameAfterLabel)),
      ...scanRegex(text, ZH_ROLE, (m) => group1(text, m, 0.8, PII_REASONS.nameAfterRole)),
      ...selfIntroducedNames(text),
      ...scanRegex(text, ZH_TITLE, (m) => {
        const f = group1(text, m, 0.8, PII_REASONS.surnameBeforeTitle);
        return f && f.value.length >= 1 ? f : null;
      }),
      ...scanRegex(text, EN_TITLE, (m) => afterCue(text, m, 0.85, PII_REASONS.nameAfterTitle)),
      ...scanRegex(text, EN_LABEL, (m) => afterCue(text, m, 0.75, PII_REASONS.nameAfterCue)),
      ...scanRegex(text, EN_SOFT_CUE, (m) => group1(text, m, 0.6, PII_REASONS.fullNameAfterCue)),
      ...scanRegex(text, EN_BEFORE_VERB, (m) => group1(text, m, 0.6, PII_REASONS.fullNameBeforeVerb)),
      ...scanRegex(text, INITIAL_NAME, (m) => group1(text, m, 0.65, PII_REASONS.middleInitial)),
      ...scanRegex(text, NAME_OVER_ADDRESS, (m) => group1(text, m, 0.6, PII_REASONS.nameOverAddress)),
      ...bareNames(text),
      ...cuedNames(text),
    ];
  },
};
