import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Jieba } from '@node-rs/jieba';
import { parseUserWords, type UserWords } from './user-words.ts';

// @node-rs/jieba ships its dictionary as a CommonJS module; createRequire keeps us strict ESM.
const require = createRequire(import.meta.url);
let jieba: Jieba | undefined;

function segmenter(): Jieba {
  if (jieba === undefined) {
    const { Jieba: JiebaClass } = require('@node-rs/jieba') as typeof import('@node-rs/jieba');
    const { dict } = require('@node-rs/jieba/dict') as { dict: Uint8Array };
    jieba = JiebaClass.withDict(dict);
    const lines = userWords().map(({ word, frequency }) => `${word} ${frequency}\n`);
    jieba.loadDict(Buffer.from(lines.join('')));
  }
  return jieba;
}

let loaded: UserWords['words'] | undefined;

/** data/chinese-user-words.tsv, read once; a broken file fails loudly, naming its lines. */
function userWords(): UserWords['words'] {
  if (loaded === undefined) {
    const parsed = parseUserWords(readFileSync(new URL('./data/chinese-user-words.tsv', import.meta.url), 'utf8'));
    if (!parsed.ok) {
      const where = parsed.issues.map((issue) => `line ${issue.line}: ${issue.message}`).join('; ');
      throw new Error(`data/chinese-user-words.tsv is invalid: ${where}`);
    }
    loaded = parsed.value.words;
  }
  return loaded;
}

let separable: Set<string> | undefined;

/**
 * The separable word (a verb and its object, marked in data/chinese-user-words.tsv) that a verb and
 * the next word say when that word names the object more closely: 领 + 狗牌 → 领牌, 续 + 车牌 → 续牌;
 * otherwise undefined. 领狗牌 (get a dog licence) is still 领牌 to a Chinese reader, so an entry
 * asking 几大要领狗牌 meets a question asking 几大要领牌 on it, as one asking 领狗牌 does.
 *
 * @example separableWordOf('领', '狗牌') // '领牌'
 */
export function separableWordOf(verb: string, next: string): string | undefined {
  separable ??= new Set(userWords().flatMap(({ word, separable: marked }) => (marked ? [word] : [])));
  if (verb.length !== 1 || next.length < 2) return undefined;
  const word = verb + next.slice(-1);
  return separable.has(word) ? word : undefined;
}

/**
 * Segments a run of Simplified Han characters into words with jieba (its dictionary is
 * Simplified, so Traditional text must be converted first, or 申請 splits into 申|請).
 *
 * jieba joins a run of characters it has no word for into a new word (its HMM): 只狗要 of 只狗要领牌吗,
 * 狗要, 几大要 of 狗只几大要领牌. Such a word that ends with a modal, copula or preposition
 * (`LEANING_FORWARD`: it belongs to what follows) or starts with a classifier loses those edge
 * characters, each a word of its own (只|狗|要, 几大|要), so that the stop word still ends the phrase
 * and the classifier is still dropped. What is left stays whole, as the HMM made it, so 几大 (how old)
 * is a word wherever the HMM makes it, glued to 要 or not, and the question and the entry meet on it
 * (cut again from the dictionary alone, 几大要 was 几|大|要: 几 a stop word, 几大 lost). Whole, 只狗要 was a
 * topic word and its bigram 要领 (essentials) met 狗只几大要领狗牌 instead of 养狗需要领牌吗. A word
 * starting with a stop word is left whole (会变, 要交: the auxiliary of the verb it holds; cut, 会变
 * no longer met 会不会变动), and so is a dictionary word (只要, 还有).
 */
export function segmentChinese(run: string): string[] {
  const jieba = segmenter();
  const words = jieba.cut(run, true);
  let out: string[] | undefined;
  for (let w = 0; w < words.length; w++) {
    const word = words[w] as string;
    // A dictionary word is one piece when cut from the dictionary alone; only the HMM's are peeled.
    const peeled = word.length > 1 && hasLooseEdge(word) && jieba.cut(word, false).length > 1 ? peel(word) : undefined;
    if (peeled !== undefined) {
      out ??= words.slice(0, w);
      out.push(...peeled);
    } else out?.push(word);
  }
  return out ?? words;
}

function hasLooseEdge(word: string): boolean {
  return STANDALONE_CLASSIFIERS.has(word[0] as string) || LEANING_FORWARD.has(word[word.length - 1] as string);
}

/** A word's leading classifiers and trailing `LEANING_FORWARD` characters, each alone, around what is left. */
function peel(word: string): string[] {
  let start = 0;
  let end = word.length;
  while (start < end && STANDALONE_CLASSIFIERS.has(word[start] as string)) start++;
  while (end > start && LEANING_FORWARD.has(word[end - 1] as string)) end--;
  return [...word.slice(0, start), ...(end > start ? [word.slice(start, end)] : []), ...word.slice(end)];
}

/**
 * One-character stop words that begin what follows them, a modal, copula or preposition (狗要 of
 * 狗要领牌, 卡有 of 卡有使用期限, 我为 of 我为狗). Not every stop word: cut on 用 too, 最多人用 lost
 * the character 用 that met 常用 (demo-forms, its right entry then second).
 */
const LEANING_FORWARD = new Set('要 会 能 想 该 是 有 为 给 对 在 把 被 让 从 向 将 于'.split(' '));

// Function words and question scaffolding in Simplified form; dropped from word terms and used
// as boundaries for bigrams, so 怎样申请 and 如何申请 both reduce to 申请.
const STOP_WORDS = new Set(
  (
    '的 了 吗 呢 吧 啊 呀 嘛 么 哦 喔 啦 咯 着 之 与 及 和 或 而 也 都 就 还 又 再 很 太 被 把 将 对 从 向 在 于 以 ' +
    '我 你 您 他 她 它 我们 你们 他们 其 这 那 这个 那个 这些 那些 这样 那样 这么 个 些 一些 一下 ' +
    '请 请问 请教 想 想要 想问 问 问下 要 需要 可以 能 能否 可否 得否 会否 可不可以 是否 是不是 有没有 会不会 ' +
    '怎 怎样 怎么 怎么样 如何 怎么办 为什么 为甚么 为何 什么 甚么 啥 哪 哪里 哪些 哪个 多少 几 吗 谁 ' +
    '是 有 会 该 应该 得 地 到 去 来 给 让 用 等 等等 及其 以及 各 每 ' +
    // 为 alone is the preposition "for" (为狗只领牌), like 给 and 对; 为了, 因为, 成为 are words of their own.
    '为 ' +
    // How long / what time: question words like 什么 and 哪里. Rare in the FAQ, so heavily weighted,
    // they sent 幾耐之內要覆我 to whichever entry asks 多久 and 幾點可以去 to one that asks 几点.
    '多久 几点 几时 何时 多长'
  ).split(' '),
);

/**
 * Classifiers that jieba leaves on their own are determiners, never the topic: Cantonese puts one where
 * written Chinese has none (張罰單轉咗俾…, 拖咗架車), and 张 then met 多張罰單 in another entry. Only as
 * jieba words: as characters they are parts of words (时间, 台北, 车辆), which bigrams must keep.
 */
const STANDALONE_CLASSIFIERS = new Set('张 架 只 条 间 辆 台 把 封'.split(' '));

/** True for a Chinese function word or question scaffold (Simplified form). */
export function isChineseStopWord(word: string): boolean {
  return STOP_WORDS.has(word);
}

/** True for a classifier that jieba cut out as a word of its own (张 in 张罚单, not in 张贴). */
export function isStandaloneClassifier(word: string): boolean {
  return STANDALONE_CLASSIFIERS.has(word);
}

/**
 * What a question word asks (its intent), by its canonical Simplified form: 如何, 怎样, 怎么办 ask how;
 * 什么, 为何 what; 谁, 哪个 who or which; 哪里 where; 多久, 几点 when or how long; 多少 how much; 为什么
 * why; 吗, 是否, 有没有, 得否 whether (a yes/no question: 养狗需要领牌吗 against 怎样申请狗牌). The words
 * stay stop words (怎样申请 and 如何申请 still reduce to 申请); the intent is one term more, so that
 * among near-duplicate entries the one asking what the citizen asks ranks first (要點book → 如何申請借用,
 * 點算好 → 該怎麼辦), as the English analyzer keeps how and what.
 */
const INTENTS = new Map<string, string>();
for (const [intent, words] of [
  ['how', '如何 怎样 怎么 怎么样 怎么办 如何是好'],
  ['what', '什么 甚么 啥 为何 何'],
  ['who', '谁 哪个'],
  ['where', '哪里 哪 何处'],
  ['when', '多久 几点 几时 何时 多长'],
  ['how-much', '多少'],
  ['why', '为什么 为甚么'],
  ['whether', '吗 是否 是不是 有没有 可不可以 会不会 能否 可否 得否 会否'],
] as const)
  for (const word of words.split(' ')) INTENTS.set(word, intent);

/** The intent a question word asks (`how`, `what`, `who`, `where`, `when`, `how-much`, `why`, `whether`), or undefined. */
export function questionIntentOf(word: string): string | undefined {
  return INTENTS.get(word);
}
