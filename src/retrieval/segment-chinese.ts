import { createRequire } from 'node:module';
import type { Jieba } from '@node-rs/jieba';

// @node-rs/jieba ships its dictionary as a CommonJS module; createRequire keeps us strict ESM.
const require = createRequire(import.meta.url);
let jieba: Jieba | undefined;

function segmenter(): Jieba {
  if (jieba === undefined) {
    const { Jieba: JiebaClass } = require('@node-rs/jieba') as typeof import('@node-rs/jieba');
    const { dict } = require('@node-rs/jieba/dict') as { dict: Uint8Array };
    jieba = JiebaClass.withDict(dict);
  }
  return jieba;
}

/**
 * Segments a run of Simplified Han characters into words with jieba (its dictionary is
 * Simplified, so Traditional text must be converted first, or 申請 splits into 申|請).
 */
export function segmentChinese(run: string): string[] {
  return segmenter().cut(run, true);
}

// Function words and question scaffolding in Simplified form; dropped from word terms and used
// as boundaries for bigrams, so 怎样申请 and 如何申请 both reduce to 申请.
const STOP_WORDS = new Set(
  (
    '的 了 吗 呢 吧 啊 呀 嘛 么 哦 喔 啦 咯 着 之 与 及 和 或 而 也 都 就 还 又 再 很 太 被 把 将 对 从 向 在 于 以 ' +
    '我 你 您 他 她 它 我们 你们 他们 其 这 那 这个 那个 这些 那些 这样 那样 这么 个 些 一些 一下 ' +
    '请 请问 请教 想 想要 想问 问 问下 要 需要 可以 能 能否 可否 可不可以 是否 是不是 有没有 会不会 ' +
    '怎 怎样 怎么 怎么样 如何 怎么办 为什么 为何 什么 甚么 啥 哪 哪里 哪些 哪个 多少 几 吗 谁 ' +
    '是 有 会 该 应该 得 地 到 去 来 给 让 用 等 等等 及其 以及 各 每 ' +
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
 * why. The words stay stop words (怎样申请 and 如何申请 still reduce to 申请); the intent is one term
 * more, so that among near-duplicate entries the one asking what the citizen asks ranks first
 * (要點book → 如何申請借用, 點算好 → 該怎麼辦), as the English analyzer keeps how and what.
 */
const INTENTS = new Map<string, string>();
for (const [intent, words] of [
  ['how', '如何 怎样 怎么 怎么样 怎么办 如何是好'],
  ['what', '什么 甚么 啥 为何 何'],
  ['who', '谁 哪个'],
  ['where', '哪里 哪 何处'],
  ['when', '多久 几点 几时 何时 多长'],
  ['how-much', '多少'],
  ['why', '为什么'],
] as const)
  for (const word of words.split(' ')) INTENTS.set(word, intent);

/** The intent a question word asks (`how`, `what`, `who`, `where`, `when`, `how-much`, `why`), or undefined. */
export function questionIntentOf(word: string): string | undefined {
  return INTENTS.get(word);
}
