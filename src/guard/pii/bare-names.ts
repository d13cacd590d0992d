import { finding, type PiiFinding } from './detector.ts';
import { HK_PLACES_EN } from './hk-places.ts';
import { type NameGazetteer, nameGazetteer } from './name-gazetteer.ts';
import { PII_REASONS } from './pii-reasons.ts';

/**
 * Names with no cue, by gazetteer: runs of capitalised words are split into words that are given
 * names, surnames, or neither. A known given name alone is a name (`Why is Samantha so impulsive?`);
 * so is a known surname (`says Joly`) and a given name with any capitalised word after it
 * (`Zoe Young`). English dictionary words are not in the lists, so `Will`, `May`, `Trade` or
 * `Window` never count alone; places, months and peoples that name lists carry are listed in
 * `not-person-names.txt`; and a run that names an organisation or a place (`Home Affairs
 * Department`, `Castle Peak Road`) is skipped whole. Lower-case text is not guessed.
 */

/** A capitalised word: `Anna`, `McDowell`, `O'Brien`, `Jean-Luc`, `Åsa`. */
const WORD = String.raw`\p{Lu}\p{Ll}*(?:['’](?!s(?!\p{L}))\p{Lu}?\p{Ll}+)?(?:\p{Lu}\p{Ll}+)?(?:-\p{Lu}\p{Ll}+)?`;
/** What may join two words of one name: a space, an initial, or a lower-case particle. */
const JOIN = String.raw`(?: \p{Lu}\.? | (?:van|von|der|den|de|da|di|del|della|du|dos|das|ten|ter|le|la|bin|binti|al|el|y) | )`;
const RUN = new RegExp(`${WORD}(?:${JOIN}${WORD})*(?![\\p{L}\\p{N}@])`, 'gu');
/** A run must not start inside a word, a number, an e-mail or a domain (checked in code: a lookbehind costs every position). */
const GLUED_BEFORE = /[\p{L}\p{N}'’.@]/u;
const TOKEN = new RegExp(WORD, 'gu');
/**
 * Surnames listed as a firm, `Owens, Duran and Oneal`: on a line of their own, after "The", or
 * before an organisation word. Founders listed mid-sentence stay names.
 */
const FIRM = new RegExp(
  String.raw`(?:^|\n|\bThe )[ \t>?*]*(${WORD}(?:, ${WORD})+,? (?:and|&) ${WORD})(?=[ \t]*(?:\n|$)| (?:Orchestra|Band|Group|Inc|Ltd|LLC|Partners|Associates|Law|Company)\b)`,
  'gu',
);
/** Words before a run that make it a place or an organisation: `University of Nicosia`, `from Fortaleza`. */
const PLACE_BEFORE =
  /(?:\b(?:[Uu]niversity|[Bb]ank|[Dd]epartment|[Mm]inistry|[Cc]ity|[Pp]rovince|[Cc]ounty|[Ss]tate|[Cc]ollege|[Ii]nstitute) of|\b(?:in|from|near|of|via|city|town|village|visit(?:ed)?|flew to|returned to|moved to)) $/;
/** Words before a single name that make it an organisation: `I work for Hoffmann`, `later became Pemberton`. */
const FIRM_BEFORE = /\b(?:work(?:s|ed|ing)? (?:for|at)|later became|renamed|acquired by|subsidiary of) $/;
/** A run that starts with one of these words is a place: `Los Angeles`, `San Marino`, `Santa Clara`. */
const PLACE_FIRST = /^(?:Los|Las|San|Santa|Santo|São|Sankt|Saint|Porto|Puerto|Rio|Fort|Port|Mount|Lake|Cape)$/;
const HK_PLACE = new RegExp(`\\b(?:${HK_PLACES_EN.join('|')})\\b`, 'g');

/** A run with one of these words (or followed by one) names an organisation, a place or a thing. */
export const NOT_PERSON_RUN =
  /^(?:Street|St|Road|Rd|Avenue|Ave|Lane|Drive|Boulevard|Way|Court|Place|Square|Terrace|Path|Highway|Bridge|Tunnel|Building|House|Tower|Centre|Center|Plaza|Mall|Estate|Garden|Gardens|Park|Hill|Bay|Beach|Island|River|Lake|Mountain|Valley|City|Town|Village|County|District|State|Province|Republic|Kingdom|Department|Dept|Bureau|Office|Ministry|Council|Committee|Commission|Authority|Agency|Board|Court|Tribunal|Government|Police|Force|Army|University|College|School|Academy|Institute|Hospital|Clinic|Church|Temple|Museum|Library|Theatre|Theater|Stadium|Station|Airport|Port|Hotel|Restaurant|Bank|Group|Inc|Ltd|Limited|LLC|Corp|Corporation|Company|Co|Holdings|Partners|Associates|Solutions|Systems|Services|Technologies|Technology|Labs|Media|Capital|Investments|Consulting|Software|Industries|International|Global|Insurance|Foundation|Association|Society|Club|Union|Party|Fund|Trust|Network|Airlines|Airways|Motors|Pharmaceuticals|Energy|Records|Studios|Press|News|Times|Post|Journal|Magazine|Orchestra|Band|Choir|Ensemble|Quartet|Trio|Award|Awards|Prize|Festival|Cup|League|Day|Act|Ordinance|Scheme|Programme|Program|Project|Window|Card|Account)$/;

/** Surname endings of Slavic, Nordic, Baltic, Caucasian, Greek and Romanian names. */
const SURNAME_ENDING =
  /(?:ová|ski|ska|sky|ský|ić|ič|vić|vič|ovich|evich|enko|chuk|sson|sen|dóttir|dottir|nen|ov|ova|ev|eva|in|ina|yan|shvili|dze|escu|opoulos|akis|oglu|oğlu|ien|aite|ait|ytė|ienė|aitė)$/;

export type Kind = 'given' | 'givenWord' | 'surname' | 'other' | 'stop';

export function kindOf(word: string, g: NameGazetteer): Kind {
  const lower = word.toLowerCase();
  if (g.notName.has(lower)) return 'stop';
  if (g.given.has(lower)) return 'given';
  if (g.surname.has(lower)) return 'surname';
  if (g.givenWord.has(lower)) return 'givenWord';
  const last = lower.split('-').pop() ?? lower;
  if (word.length >= 5 && SURNAME_ENDING.test(last) && /[aeiouyáéíóúý]/.test(lower)) return 'surname';
  return 'other';
}

interface Token {
  start: number;
  end: number;
  kind: Kind;
}

/** Finds names that stand without a cue. Confidence 0.7 for full names, 0.6 for one given name, 0.55 for one surname. */
export function bareNames(text: string): PiiFinding[] {
  const g = nameGazetteer();
  const places: [number, number][] = [];
  for (const m of text.matchAll(HK_PLACE)) places.push([m.index, m.index + m[0].length]);
  // A firm lists its surnames with commas: texts without one skip the pattern.
  if (text.includes(', ')) {
    for (const m of text.matchAll(FIRM)) {
      const start = m.index + m[0].lastIndexOf(m[1] ?? '');
      places.push([start, start + (m[1]?.length ?? 0)]);
    }
  }
  const inPlace = (start: number) => places.some(([a, b]) => start >= a && start < b);
  const out: PiiFinding[] = [];
  RUN.lastIndex = 0;
  for (let run = RUN.exec(text); run !== null; run = RUN.exec(text)) {
    if (run.index > 0 && GLUED_BEFORE.test(text[run.index - 1] ?? '')) continue;
    const after = /^[ \t]+(\p{Lu}\p{L}*)/u.exec(text.slice(run.index + run[0].length, run.index + run[0].length + 30));
    const tokens: Token[] = [];
    let organisation = after?.[1] !== undefined && NOT_PERSON_RUN.test(after[1]);
    TOKEN.lastIndex = 0;
    for (let t = TOKEN.exec(run[0]); t !== null; t = TOKEN.exec(run[0])) {
      const start = run.index + t.index;
      if (NOT_PERSON_RUN.test(t[0])) organisation = true;
      if (t[0].length < 2) continue;
      tokens.push({ start, end: start + t[0].length, kind: inPlace(start) ? 'stop' : kindOf(t[0], g) });
    }
    // A number beside the run on the same line makes it a street (`Joaquin Suarez 2906`, `72134 Coronilla`).
    const end = run.index + run[0].length;
    if (
      organisation ||
      /^[ \t]\d/.test(text.slice(end, end + 2)) ||
      /\d[ \t]$/.test(text.slice(run.index - 2, run.index))
    )
      continue;
    const before = text.slice(Math.max(0, run.index - 20), run.index);
    const single = tokens.filter((t) => t.kind === 'given' || t.kind === 'surname').length === 1;
    if (single && tokens.length === 1 && PLACE_BEFORE.test(before)) continue;
    // `Castillo del Romeral` after "in" or "city": a Romance particle inside the run reads as a place.
    if (PLACE_BEFORE.test(before) && / (?:del|de|da|do|dos|das|di|della) /.test(run[0])) continue;
    // Firms are named after surnames: a given name keeps `work for Laila Hansen` a person.
    if (single && !tokens.some((t) => t.kind === 'given') && FIRM_BEFORE.test(before)) continue;
    if (PLACE_FIRST.test(run[0].split(' ')[0] ?? '')) continue;
    emitNames(text, tokens, out);
  }
  return out;
}

/** Each stretch of name words is one name; a given name may take one other capitalised word after it. */
function emitNames(text: string, tokens: Token[], out: PiiFinding[]): void {
  const isName = (t: Token | undefined) => t?.kind === 'given' || t?.kind === 'surname';
  let i = 0;
  while (i < tokens.length) {
    const first = tokens[i];
    if (!first) break;
    // A given name that is also a word (`Grace`, `Victor`) needs a surname after it, or to be
    // addressed mid-sentence with punctuation after it (`shouted at Gary:`, `Remember me, Randy?`).
    const wordName =
      first.kind === 'givenWord' &&
      (isName(tokens[i + 1]) || (tokens.length === 1 && addressed(text, first.start, first.end)));
    if (!isName(first) && !wordName) {
      i++;
      continue;
    }
    let j = i;
    while (isName(tokens[j + 1])) j++;
    const hasGiven = tokens.slice(i, j + 1).some((t) => t.kind !== 'surname');
    if (hasGiven && (tokens[j + 1]?.kind === 'other' || tokens[j + 1]?.kind === 'givenWord')) j++;
    const last = tokens[j] ?? first;
    const words = j - i + 1;
    const confidence = words >= 2 ? 0.7 : first.kind === 'surname' ? 0.55 : 0.6;
    const reason =
      words >= 2
        ? PII_REASONS.listedFullName
        : first.kind === 'surname'
          ? PII_REASONS.listedSurname
          : PII_REASONS.listedGivenName;
    out.push(finding('PERSON', text, first.start, last.end, confidence, reason));
    i = j + 1;
  }
}

/** Mid-sentence, not after an article, and followed by `,` `:` `!` `?` or `'s`. */
function addressed(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 12), start);
  if (/(?:^|[.!?:\n]\s*)$/.test(before) || /\b(?:the|a|an|my|our|your|this|that)\s$/i.test(before)) return false;
  return /^(?:[,:!?]|['’]s\b)/.test(text.slice(end, end + 3));
}
