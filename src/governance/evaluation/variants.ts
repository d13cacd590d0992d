import { readFileSync } from 'node:fs';
import { toChineseScript } from '../../retrieval/index.ts';

const COLLOQUIAL = (
  JSON.parse(readFileSync(new URL('./data/colloquial-cantonese.json', import.meta.url), 'utf8')) as {
    pairs: [string, string][];
  }
).pairs;

/** How the robustness suite rewrites a question: the ways citizens really type. */
export const PERTURBATIONS = ['typo', 'zh-Hans', 'colloquial-cantonese', 'spacing', 'full-width'] as const;
export type Perturbation = (typeof PERTURBATIONS)[number];

const HAN = /\p{Script=Han}/u;

/**
 * The question rewritten one way, or null when the rewrite does not apply or changes nothing
 * (Simplified script of an English question). Deterministic: the same question gives the same
 * variant, so runs compare.
 *
 * @example perturb('狗隻牌照費用是多少？', 'colloquial-cantonese') // '狗隻牌照費用係幾多？'
 */
export function perturb(question: string, how: Perturbation): string | null {
  const chinese = HAN.test(question);
  let out: string;
  switch (how) {
    case 'typo':
      out = chinese ? dropOne(question) : swapLetters(question);
      break;
    case 'zh-Hans':
      out = chinese ? toChineseScript(question, 'simplified') : question;
      break;
    case 'colloquial-cantonese':
      out = chinese ? colloquial(question) : question;
      break;
    case 'spacing':
      out = chinese ? [...question].join(' ') : question.replace(/ /g, '  ').toLowerCase();
      break;
    case 'full-width':
      out = question.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
      break;
  }
  return out === question ? null : out;
}

/** Written forms to spoken Cantonese, longest first, without rewriting what a longer form already did. */
function colloquial(text: string): string {
  const pairs = [...COLLOQUIAL].sort((a, b) => b[0].length - a[0].length);
  const pattern = new RegExp(pairs.map(([from]) => from).join('|'), 'g');
  const table = new Map(pairs);
  return text.replace(pattern, (match) => table.get(match) ?? match);
}

/** A slip of the finger: two neighbouring letters of the longest word swapped. */
function swapLetters(text: string): string {
  const words = text.split(' ');
  let longest = 0;
  words.forEach((w, i) => {
    if (w.length > (words[longest]?.length ?? 0)) longest = i;
  });
  const word = words[longest] ?? '';
  if (word.length < 4) return text;
  const mid = Math.floor(word.length / 2);
  words[longest] = word.slice(0, mid - 1) + word[mid] + word[mid - 1] + word.slice(mid + 1);
  return words.join(' ');
}

/** A character left out (of a question long enough to survive it), not the first or last. */
function dropOne(text: string): string {
  const chars = [...text];
  if (chars.length < 6) return text;
  const at = Math.floor(chars.length / 2);
  return [...chars.slice(0, at), ...chars.slice(at + 1)].join('');
}
