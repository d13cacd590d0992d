import { chineseScriptOf, simplifiedToTraditional, traditionalToSimplified } from '../../retrieval/index.ts';
import { detectLanguage, splitSentences } from '../summarise/index.ts';
import type { Glossary } from './glossary.ts';
import { approvedIn, checkSentence, sideOf, type TargetLanguage } from './glossary-check.ts';
import { findTerms } from './term-match.ts';
import type { AlignedSentence, TermUse, TranslationResult } from './translation-types.ts';

export const NOTES = {
  'glossary-lookup': {
    en: 'No model was used: this lists the glossary terms in the document and their approved translations. A full translation between English and Chinese needs a model through the gateway.',
    zh: '未使用模型：以下只列出文件中的詞彙表詞彙及其核准譯名。英文與中文之間的完整翻譯須經閘道使用模型。',
  },
  'script-conversion': {
    en: 'No model was used: Chinese script conversion (Traditional ↔ Simplified, Hong Kong variants) with OpenCC, checked against the glossary. Wording is unchanged; translation between English and Chinese needs a model.',
    zh: '未使用模型：以 OpenCC 轉換中文字體（繁體 ↔ 簡體，香港用字），並按詞彙表檢查。用詞不變；英文與中文之間的翻譯須經閘道使用模型。',
  },
  model: {
    en: 'Translated by a model through the gateway, sentence by sentence; glossary terms are checked in every sentence. An officer reviews and accepts each sentence.',
    zh: '經閘道由模型逐句翻譯，每句均按詞彙表檢查。須由人員逐句審閱及接納。',
  },
} as const;

/** The text's sentences, each with the paragraph (non-empty line, 0-based) it belongs to. */
export function sourceSentences(text: string): { text: string; paragraph: number }[] {
  return text
    .split(/\r?\n|\r|\u2028|\u2029/u)
    .filter((line) => line.trim() !== '')
    .flatMap((line, paragraph) => splitSentences(line).map((sentence) => ({ text: sentence, paragraph })));
}

/** The language a text is written in: English, or Chinese in the script most of its characters tell. */
export function sourceLanguageOf(text: string): TargetLanguage {
  if (detectLanguage(text) === 'en') return 'en';
  return chineseScriptOf(text) === 'simplified' ? 'zh-Hans' : 'zh-Hant';
}

/** Chinese text in the script asked, Hong Kong variants for Traditional (OpenCC `cn → hk`, `hk → cn`). */
export function convertScript(text: string, to: 'zh-Hant' | 'zh-Hans'): string {
  return to === 'zh-Hans' ? traditionalToSimplified(text) : simplifiedToTraditional(text);
}

/** The glossary terms the sentences state, with their approved wording in `to`, in order of first use. */
export function termUses(
  sentences: readonly string[],
  glossary: Glossary | null,
  from: TargetLanguage,
  to: TargetLanguage,
): TermUse[] {
  if (!glossary) return [];
  const uses = new Map<string, TermUse>();
  sentences.forEach((sentence, i) => {
    for (const match of findTerms(sentence, glossary, sideOf(from))) {
      const key = match.entries.map((entry) => entry.ref).join(',');
      const use = uses.get(key) ?? {
        term: match.text,
        approved: [...new Set(match.entries.map((entry) => approvedIn(entry, to)))],
        sentences: [],
        entries: match.entries.map((entry) => entry.ref),
      };
      if (!use.sentences.includes(i + 1)) use.sentences.push(i + 1);
      uses.set(key, use);
    }
  });
  return [...uses.values()];
}

export interface TranslateOptions {
  to: TargetLanguage;
  glossary?: Glossary | null;
}

/**
 * What can be done without a model: Chinese ↔ Chinese is converted (Traditional ↔ Simplified,
 * Hong Kong variants) and checked against the glossary; English ↔ Chinese gives the glossary
 * terms the text states and their approved translations, with a note that a full translation
 * needs a model. English to English is returned as it is.
 *
 * @example translateOffline('卫生署今日公布。', { to: 'zh-Hant' }).sentences[0].target // '衞生署今日公佈。'
 */
export function translateOffline(text: string, options: TranslateOptions): TranslationResult {
  const glossary = options.glossary ?? null;
  const { to } = options;
  const from = sourceLanguageOf(text);
  const split = sourceSentences(text);
  const sources = split.map((sentence) => sentence.text);
  const terms = termUses(sources, glossary, from, to);
  const convert = from !== 'en' && to !== 'en';
  const sentences: AlignedSentence[] = sources.map((source, i) => {
    // Same script: left as written (converting would rewrite approved wording: 公布 → 公佈).
    const target = from === to ? source : convert ? convertScript(source, to) : null;
    return {
      id: i + 1,
      paragraph: split[i]?.paragraph ?? 0,
      source,
      target,
      violations: target !== null && glossary ? checkSentence(source, target, glossary, from, to) : [],
      fixes: [],
    };
  });
  const mode = convert || from === to ? 'script-conversion' : 'glossary-lookup';
  return {
    mode,
    from,
    to,
    sentences,
    terms,
    violations: sentences.reduce((sum, sentence) => sum + sentence.violations.length, 0),
    calls: 0,
    masked: 0,
    note: NOTES[mode],
  };
}
