import type { PiiFinding } from './detector.ts';
import { ID_WORD } from './name-parts.ts';
import { EN_TITLES } from './person.ts';
import { PII_REASONS, widenedByTagger } from './pii-reasons.ts';
import {
  bestLabel,
  featuresOf,
  scoreLabels,
  startsLine,
  TAGGER_LABELS,
  type TaggerLabel,
  type Word,
} from './tagger-features.ts';

/**
 * A trained word tagger for the two personal-data types no pattern pins down: names and street
 * addresses in Latin script. Each word is labelled O, PERSON or ADDRESS by an averaged perceptron
 * (scripts/train-pii-tagger.ts) from its spelling, shape, neighbours, the name lists, the label
 * the rule detectors gave it and the label of the word before; runs of one label become findings.
 * The rules stay the tagger's strongest evidence, so it mostly moves their edges (a town line, a
 * `corner of`) and finds what they miss (a lower-case name in a list), and never touches Chinese.
 * What it reads is in `tagger-features.ts`.
 */

/** How far a lone name's score must lead the O score (chosen on the two-fold check of the training script). */
const LONE_NAME_MARGIN = 10;

/**
 * Greedy left-to-right labelling. The tagger only adds: a word the rules call a name or an
 * address keeps that label, a word another detector took stays out, and Chinese words are the
 * rules' alone.
 */
export function tagWords(weights: Float32Array, words: readonly Word[]): TaggerLabel[] {
  const labels: TaggerLabel[] = [];
  const scores = new Float64Array(TAGGER_LABELS.length);
  const features: number[] = [];
  let previous = 'O' as TaggerLabel;
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as Word;
    let label: TaggerLabel;
    if (word.rule === 'PERSON' || word.rule === 'ADDRESS') label = word.rule;
    else if (word.rule === 'PII' || word.cjk || (word.plain && previous === 'O')) label = 'O';
    else {
      scoreLabels(weights, featuresOf(words, i, previous, false, features), scores);
      const top = bestLabel(scores);
      // A lone name with no name beside it is the riskiest guess (`a street in Castillo del Romeral`): it needs a
      // clear lead, and at the start of a sentence, where every word is capitalised (`Thank you`), a name list too.
      const lone = top === 1 && (previous !== 'PERSON' || word.sentenceStart) && words[i + 1]?.rule !== 'PERSON';
      label =
        lone && ((scores[1] ?? 0) - (scores[0] ?? 0) < LONE_NAME_MARGIN || (word.sentenceStart && !word.listed))
          ? 'O'
          : (TAGGER_LABELS[top] ?? 'O');
    }
    // An identity-card word beside a name is never part of it (`Mr Chan HKID A123456(3)`).
    if (label === 'PERSON' && ID_WORD.test(word.text)) label = 'O';
    labels.push(label);
    previous = label;
  }
  return labels;
}

/** What may join two words of one name: a space, a hyphen, an apostrophe or an initial's full stop. */
const NAME_GLUE = /^(?:[ \t]|-|'|’|\.[ \t]?)$/;
/** What may join two words of one address: punctuation and line breaks, not a sentence. */
export const ADDRESS_GLUE = /^[\s,.;:()'’#/>?*-]{0,12}$/;

const POSTCODE = /^\d{4,}$/;
const TITLE = new RegExp(`^(?:${EN_TITLES}|Sir)$`, 'i');

/** Address words that are abbreviated with a full stop (`Apt. 595`, `Kloof St. 12`): a stop after them ends no sentence. */
const ABBREVIATION =
  /^(?:Apt|Ste|St|Str|Rd|Ave|Av|Blvd|No|Bldg|Blk|Fl|Flr|Rm|Dr|Ln|Ct|Sq|Pl|Mt|Hwy|Pkwy|ul|al|rkp|u|P|O)$/i;

/** A full stop and a space after a whole word end the sentence, and the address with it (`… Tsim Sha Tsui. HKID …`). */
function sentenceEnds(between: string, before: Word): boolean {
  return /^\.[ \t]/.test(between) && !ABBREVIATION.test(before.text);
}

/** A line ending in a word and a postcode (`New Zealand 34694`) is the last line of an address block. */
function endsBlock(words: readonly Word[], j: number): boolean {
  const last = words[j] as Word;
  const before = words[j - 1];
  return POSTCODE.test(last.text) && before !== undefined && !/\d/.test(before.text) && !startsLine(last);
}

/**
 * An address goes on over a line break only into a line that reads as a town, region, country or
 * postcode: its tagged words start with a capital or a digit (`Thanks a lot` under a postcode does not).
 */
function placeLine(words: readonly Word[], labels: readonly TaggerLabel[], from: number): boolean {
  for (let k = from; k < words.length && labels[k] === 'ADDRESS'; k++) {
    const word = words[k] as Word;
    if (k > from && startsLine(word)) break;
    if (/^\p{Ll}/u.test(word.text)) return false;
  }
  return true;
}

/** Whether word `j + 1`, tagged like word `j`, continues the same name or address. */
function continuesRun(text: string, words: readonly Word[], labels: readonly TaggerLabel[], j: number): boolean {
  const word = words[j] as Word;
  const between = text.slice(word.end, (words[j + 1] as Word).start);
  if (labels[j] === 'PERSON') {
    // A full stop inside a name follows an initial (`Faina D. Yefremova`), not a word (`Arabia. Their`).
    return NAME_GLUE.test(between) && !(between.startsWith('.') && word.text.length > 1);
  }
  if (!ADDRESS_GLUE.test(between) || sentenceEnds(between, word)) return false;
  return !between.includes('\n') || (!endsBlock(words, j) && placeLine(words, labels, j + 1));
}

/**
 * The names and addresses after tagging: each rule finding, widened over the tagged words next to
 * it, and each run of tagged words the rules did not touch. `rules` do not overlap and are in text
 * order (as `detectPii` returns them), so they are walked once.
 */
export function spansOf(
  text: string,
  words: readonly Word[],
  labels: readonly TaggerLabel[],
  rules: readonly PiiFinding[],
): PiiFinding[] {
  const out: PiiFinding[] = [];
  let ruleAt = 0;
  let i = 0;
  while (i < words.length) {
    const label = labels[i] as TaggerLabel;
    const word = words[i] as Word;
    // The tagger adds no title to a name, as the rules have it (`Mr Chan Tai-man` masks `Chan Tai-man`), and no
    // label word before a colon (`Applicant: Wong Siu-ming`).
    if (
      label === 'O' ||
      (label === 'PERSON' && word.rule !== 'PERSON' && (TITLE.test(word.text) || text[word.end] === ':'))
    ) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < words.length && labels[j + 1] === label && continuesRun(text, words, labels, j)) j++;
    const from = word.start;
    const to = (words[j] as Word).end;
    while (ruleAt < rules.length && (rules[ruleAt] as PiiFinding).end <= from) ruleAt++;
    const own: PiiFinding[] = [];
    for (let k = ruleAt; k < rules.length && (rules[k] as PiiFinding).start < to; k++) {
      if ((rules[k] as PiiFinding).type === label) own.push(rules[k] as PiiFinding);
    }
    const rule = own[0];
    // A few words (`2019 Season 3`) are too little for an address the rules did not see.
    if (rule || label === 'PERSON' || j - i >= 3) {
      const start = Math.min(from, ...own.map((r) => r.start));
      const end = Math.max(to, ...own.map((r) => r.end));
      const base = { type: label, value: text.slice(start, end), start, end };
      if (rule && own.length === 1 && start === rule.start && end === rule.end) out.push(rule);
      else {
        // A rule finding the tagger widened keeps its confidence and says so; a run of its own is weaker.
        const { en, zhHant } = rule
          ? widenedByTagger({ en: rule.reason, zhHant: rule.reasonZhHant })
          : label === 'PERSON'
            ? PII_REASONS.taggedName
            : PII_REASONS.taggedAddress;
        out.push({ ...base, confidence: rule?.confidence ?? 0.7, reason: en, reasonZhHant: zhHant });
      }
    }
    i = j + 1;
  }
  return out;
}
