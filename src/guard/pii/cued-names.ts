import type { BilingualReason } from '../reason-text.ts';
import { kindOf, NOT_PERSON_RUN } from './bare-names.ts';
import { finding, type PiiFinding } from './detector.ts';
import { type NameGazetteer, nameGazetteer } from './name-gazetteer.ts';
import { PII_REASONS } from './pii-reasons.ts';

/**
 * Names found by the words around them rather than by their shape: a single name after a cue
 * that only people take (`call me Bertók`, `starring Lindqvåg`, `Hi Victor,`), a possessive
 * before a word of family or authorship (`Mirela's daughter`), a lone word before a verb of people
 * (`Tovrik lives on`), a name coordinated with a name (`Petrov and Fairweather`), and a name on a line
 * of its own that signs a letter or heads an address block. Lower-case names are taken only
 * after the strongest cues (`my name is irina sokolova`) and only when the name list knows them,
 * so a citizen's lower-case question is never guessed at.
 *
 * Speed: each rule first finds its cue with a plain (non-unicode) pattern, then reads the words
 * beside the cue with an anchored pattern on a short slice. Scanning the whole text with the
 * unicode patterns cost 10–20 µs per 1,000 characters each.
 */

/** A capitalised word, as in `bare-names.ts`. */
const WORD = String.raw`\p{Lu}\p{Ll}+(?:['’](?!s(?!\p{L}))\p{Lu}?\p{Ll}+)?(?:\p{Lu}\p{Ll}+)?(?:-\p{Lu}?\p{Ll}+)?`;
const LOWER = String.raw`\p{Ll}+(?:-\p{Ll}+)?`;
const WORD_ONLY = new RegExp(`^${WORD}$`, 'u');
const LOWER_ONLY = new RegExp(`^${LOWER}$`, 'u');
const WORD_CHAR = /[\p{L}\p{N}'’-]/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/** How far before or after a cue the words are read. */
const REACH = 60;

/** Cues after which one capitalised word is a name. */
const SINGLE_CUE =
  /\b(?:[Cc]all(?:s|ed)? (?:me|him|her)|[Nn]amed (?:him|her)|[Ss]tarring|[Ss]ays|[Hh]i|[Hh]ello|[Hh]ey|[Mm]y (?:kid|son|daughter|wife|husband|partner|brother|sister|mother|father|mum|mom|dad|child|friend|boss|colleague)|(?:[Ff]irst|[Ll]ast|[Mm]aiden|[Ff]amily|[Gg]iven) name(?: is|:|\?)|ex-[A-Z][a-z]+|(?:Mr|Mrs|Ms|Miss|Dr)\.?|(?:mr|mrs|ms|dr)\.|gave|given|told|showed|sent) +/g;
/** The name after a single cue: one capitalised word, not the start of a longer run. */
const SINGLE_AFTER = new RegExp(String.raw`^(${WORD})(?![ \t]*\p{Lu}|[\p{L}\p{N}])`, 'u');
/** After "gave/told", the name needs "his/her/their" after it (`had given Odile his phone`). */
const GAVE = /^(?:gave|given|told|showed|sent) $/;
const GAVE_AFTER = new RegExp(`^(${WORD}) (?:his|her|their) `, 'u');
/** The strongest cues, after which lower-case words from the name list are a name too. */
const LOWER_CUE = /\b(?:my name is|[Nn]ame:|calls? me|(?:first|last|maiden|family) name is|follow up with) +/g;
const LOWER_AFTER = new RegExp(
  String.raw`^(${LOWER}(?: \p{Ll}\.?(?= \p{Ll}))?(?: ${LOWER}){0,2})(?![\p{L}\p{N}])`,
  'u',
);
/** A lower-case list of single words, `maria, adam, christopher and sofia`: names if most are given names. */
const LIST_AND = /,? and /g;
const LOWER_AFTER_ONE = new RegExp(String.raw`^(${LOWER})(?![\p{L}\p{N}])`, 'u');
/** A possessive before a word of family, address or authorship. */
const POSSESSIVE =
  /['’]s (?:kid|son|daughter|wife|husband|mother|father|mum|mom|dad|brother|sister|family|friend|address|phone|birthday|song|novel|book|killers?|funeral)\b/g;
/** A verb only people take, after one word that starts a sentence (`Tovrik lives on`). */
const PERSON_VERB =
  / (?:lives|lived|had given|gave|wrote|began writing|told|married|replied|smiled|laughed|was born|is very reliable|(?:is|comes) from [^.\n]{1,40}\b(?:Inc|LLC|Ltd|Corp|Group)\b)/g;
/** Two single words joined by "and" (`Petrov and Fairweather`); longer lists of surnames are as often a firm. */
const AND = / and /g;
const SECOND_OF_PAIR = new RegExp(String.raw`^(${WORD})(?![ \t]*\p{Lu}|[\p{L}\p{N}]|,? and )`, 'u');
/** A line of two or three words, the shape of a name heading a signature or an address block. */
const NAME_LINE = new RegExp(
  String.raw`^[ \t>?*]*((?:${WORD}|${LOWER})(?: (?:\p{Lu}\.?|\p{Ll}\.?|${WORD}|${LOWER})){1,2})[ \t]*$`,
  'u',
);
/** The first line of an address block: a street number, a unit, a box or a corner. */
const ADDRESS_LINE =
  /^[ \t>?*]*(?:\d{1,6}[ \t]+(?:\d{1,6}[ \t]+)?[^\d\s]|(?:P\.?O\.? Box|[Uu]nit|Apt|Suite|the corner of)\b)/;
const CLOSING =
  /^[ \t>?*]*(?:Regards|Best regards|Kind regards|Sincerely|Best|Thanks|Thank you|Cheers|Yours(?: \w+)?)[,!]?[ \t]*$/;
/** Words that head a line or follow a cue but are not names. */
const NOT_NAME_WORD =
  /^(?:The|This|That|These|Those|There|Here|Everyone|Everybody|Someone|Somebody|Nobody|Anyone|He|She|It|They|We|You|I|My|Our|Your|His|Her|Their|Who|What|Which|Sir|Madam|All|Team|Contact|Us|Opening|Hours|Head|Main|Customer|Enquiries|Address|Thanks|Thank|Regards|Best|Dear|Hello|Hi|Mr|Mrs|Ms|Dr|HKID|Hkid|ID|Id)$/;

function isNameWord(word: string, g: NameGazetteer, loose: boolean): boolean {
  if (/^\p{L}\.?$/u.test(word)) return true;
  const kind = kindOf(word, g);
  return kind === 'given' || kind === 'surname' || (loose && kind === 'givenWord');
}

/** Capitalised words that are a place, a firm or a heading rather than a name. */
function notName(words: string[], g: NameGazetteer): boolean {
  return words.some((w) => NOT_NAME_WORD.test(w) || NOT_PERSON_RUN.test(w) || kindOf(w, g) === 'stop');
}

/** Where the word that ends at `at` starts (read backwards: a pattern ending in `$` would be tried at every position). */
function wordStart(text: string, at: number): number {
  let i = at;
  while (i > 0 && WORD_CHAR.test(text[i - 1] ?? '')) i--;
  return i;
}

/** The capitalised word ending at `at`, with its start. */
function capitalisedBefore(text: string, at: number): [number, string] | undefined {
  const start = wordStart(text, at);
  const word = text.slice(start, at);
  return WORD_ONLY.test(word) ? [start, word] : undefined;
}

/** `maria, adam, christopher` ending at `at`: three or more lower-case words joined by commas. */
function lowerListBefore(text: string, at: number): [number, string] | undefined {
  let start = at;
  let count = 0;
  for (let end = at; ; end = start - 2) {
    const s = wordStart(text, end);
    if (s === end || !LOWER_ONLY.test(text.slice(s, end))) return undefined;
    start = s;
    count++;
    if (text.slice(s - 2, s) !== ', ') break;
  }
  if (count < 3 || LETTER_OR_DIGIT.test(text[start - 1] ?? '')) return undefined;
  return [start, text.slice(start, at)];
}

/** The owner in `Mirela's daughter` or `Ronan Maguire's song`: one or two capitalised words. */
function possessorBefore(text: string, at: number): [number, string] | undefined {
  const last = capitalisedBefore(text, at);
  if (!last) return undefined;
  let found = last;
  if (text[last[0] - 1] === ' ') {
    const first = capitalisedBefore(text, last[0] - 1);
    if (first) found = [first[0], text.slice(first[0], at)];
  }
  return /[\p{L}\p{N}'’.@-]/u.test(text[found[0] - 1] ?? '') ? undefined : found;
}

/** A capitalised word that starts the text, a line or a sentence and ends at `at`. */
function sentenceStartBefore(text: string, at: number): [number, string] | undefined {
  const word = capitalisedBefore(text, at);
  if (!word) return undefined;
  let i = word[0];
  if (i === 0) return word;
  while (i > 0 && /[ \t>*]/.test(text[i - 1] ?? '')) i--;
  if (i === 0 || text[i - 1] === '\n') return word;
  let k = word[0];
  while (k > 0 && /\s/.test(text[k - 1] ?? '')) k--;
  return k < word[0] && /[.!?]/.test(text[k - 1] ?? '') ? word : undefined;
}

/** The first of a pair `Petrov and Fairweather`: not the end of a longer run or list. */
function firstOfPairBefore(text: string, at: number): [number, string] | undefined {
  const word = capitalisedBefore(text, at);
  if (!word) return undefined;
  const c1 = text[word[0] - 1] ?? '';
  if (/[\p{L}\p{N}'’.@,-]/u.test(c1)) return undefined;
  if ((c1 === ' ' || c1 === '\t') && /[\p{L}\p{N},]/u.test(text[word[0] - 2] ?? '')) return undefined;
  return word;
}

function after(text: string, at: number, pattern: RegExp): string | undefined {
  return pattern.exec(text.slice(at, at + REACH))?.[1];
}

/** Records a name found at `start`. */
type Push = (start: number, value: string, reason: BilingualReason) => void;

/** Finds names by the words around them; see the module comment. */
export function cuedNames(text: string): PiiFinding[] {
  const g = nameGazetteer();
  const out: PiiFinding[] = [];
  const push: Push = (start, value, reason) => {
    out.push(finding('PERSON', text, start, start + value.length, 0.6, reason));
  };

  for (const m of text.matchAll(SINGLE_CUE)) {
    const end = m.index + m[0].length;
    const name = after(text, end, GAVE.test(m[0]) ? GAVE_AFTER : SINGLE_AFTER);
    if (name && !notName([name], g)) push(end, name, PII_REASONS.nameAfterSingleCue);
  }
  for (const m of text.matchAll(LOWER_CUE)) {
    const end = m.index + m[0].length;
    const words = (after(text, end, LOWER_AFTER) ?? '').split(' ');
    // A lower-case name: words the name list knows (an unknown first word only before a known one).
    let n = 0;
    while (n < words.length && isNameWord(words[n] ?? '', g, n > 0)) n++;
    const initial = /^\p{L}\.?$/u.test(words[1] ?? '');
    if (n === 0 && words.length > 2 && initial)
      n = 3; // first name, initial, surname: `taro k. mizuno`
    else if (n === 0 && words.length > 1 && !initial && isNameWord(words[1] ?? '', g, false)) n = 2;
    while (n > 0 && /^\p{L}\.?$/u.test(words[n - 1] ?? '')) n--;
    if (n > 0) push(end, words.slice(0, n).join(' '), PII_REASONS.lowerCaseName);
  }
  if (text.includes(', ')) {
    for (const m of text.matchAll(LIST_AND)) {
      const head = lowerListBefore(text, m.index);
      const last = after(text, m.index + m[0].length, LOWER_AFTER_ONE);
      if (!head || !last) continue;
      const items = [...head[1].split(', '), last];
      const given = items.filter((w) => kindOf(w, g) === 'given').length;
      if (given < 3 || given < items.length * 0.75) continue;
      let from = head[0];
      for (const item of items) {
        const start = text.indexOf(item, from);
        push(start, item, PII_REASONS.givenNameList);
        from = start + item.length;
      }
    }
  }
  for (const m of text.matchAll(POSSESSIVE)) {
    const owner = possessorBefore(text, m.index);
    if (owner && !notName(owner[1].split(' '), g)) push(owner[0], owner[1], PII_REASONS.possessive);
  }
  for (const m of text.matchAll(PERSON_VERB)) {
    const subject = sentenceStartBefore(text, m.index);
    if (subject && !notName([subject[1]], g)) push(subject[0], subject[1], PII_REASONS.nameBeforePersonVerb);
  }
  for (const m of text.matchAll(AND)) {
    const first = firstOfPairBefore(text, m.index);
    const second = after(text, m.index + m[0].length, SECOND_OF_PAIR);
    if (!first || !second) continue;
    // A pair alone on its line is a firm (`Owens and Oneal`), as in `bare-names.ts`.
    const lineStart = text.lastIndexOf('\n', first[0]) + 1;
    const end = m.index + m[0].length + second.length;
    if (/^[ \t>?*]*$/.test(text.slice(lineStart, first[0])) && /^[ \t]*(?:\n|$)/.test(text.slice(end, end + 2)))
      continue;
    const kinds = [first[1], second].map((w) =>
      NOT_NAME_WORD.test(w) || NOT_PERSON_RUN.test(w) ? 'stop' : kindOf(w, g),
    );
    if (kinds.includes('stop') || !kinds.some((k) => k === 'given' || k === 'surname')) continue;
    push(first[0], first[1], PII_REASONS.namePair);
    push(m.index + m[0].length, second, PII_REASONS.namePair);
  }
  if (text.includes('\n')) {
    signatureNames(text, g, push);
    if (text.includes(':')) speakerNames(text, g, push);
  }
  return out;
}

/**
 * A name on a line of its own: right after a closing (`Regards,`), or heading an address block
 * within three lines. Of two such lines in a row the first is the name and the second the firm.
 */
function signatureNames(text: string, g: NameGazetteer, push: Push) {
  const lines = text.split('\n');
  const starts: number[] = [];
  let offset = 0;
  for (const line of lines) {
    starts.push(offset);
    offset += line.length + 1;
  }
  let lastTaken = -2;
  lines.forEach((line, i) => {
    const m = NAME_LINE.exec(line);
    if (!m) return;
    const afterClosing = i > 0 && CLOSING.test(lines[i - 1] ?? '');
    const overAddress = lines.slice(i + 1, i + 4).some((l) => ADDRESS_LINE.test(l));
    if ((!afterClosing && !overAddress) || i === lastTaken + 1) return;
    const name = m[1] ?? '';
    const words = name.split(' ');
    const first = words[0] ?? '';
    // A lower-case line must be lower-case throughout and start with a given name the list knows.
    const lower = /^\p{Ll}/u.test(first);
    if (notName(words, g) || (lower && (kindOf(first, g) !== 'given' || words.some((w) => /^\p{Lu}/u.test(w))))) return;
    if (!lower && !words.every((w) => /^\p{Lu}/u.test(w))) return;
    lastTaken = i;
    push((starts[i] ?? 0) + line.indexOf(name), name, PII_REASONS.signatureName);
  });
}

/** A speaker at the start of a line of a transcript: `Zsolt: "Where were you?"`. */
const SPEAKER = new RegExp(String.raw`(?:^|\n)[ \t>]*(${WORD}):[ \t]*["“\p{L}]`, 'gu');
/** Labels that head lines the way speakers do. */
const LINE_LABEL =
  /^(?:Name|Address|Phone|Mobile|Fax|Email|Date|Time|Note|Notes|Subject|Re|To|From|Cc|Bcc|Bot|User|Agent|Customer|System|Assistant|Answer|Question|Website|Tel|Desk|Title|Status|Reference|Ref|Summary|Description|Warning|Error|Tip|Example|Source|Step|Update|Edit|Result|Input|Output|Location|Venue|Price|Cost|Total|Fee|Hours|Deadline|Category|Type|Personal|Info|Attention|Important|Reminder|Warning|Answered|Asked|Posted)$/;

/**
 * Speakers of a transcript: two or more lines start with one capitalised word and a colon, and
 * the name list knows at least one of those words, so `Note:` and `Address:` lines alone never count.
 */
function speakerNames(text: string, g: NameGazetteer, push: Push) {
  const speakers = [...text.matchAll(SPEAKER)].map((m) => ({
    word: m[1] ?? '',
    start: m.index + m[0].indexOf(m[1] ?? ''),
  }));
  const candidates = speakers.filter((s) => !LINE_LABEL.test(s.word) && !notName([s.word], g));
  if (candidates.length < 2 || !candidates.some((s) => isNameWord(s.word, g, false))) return;
  for (const s of candidates) push(s.start, s.word, PII_REASONS.transcriptSpeaker);
}
