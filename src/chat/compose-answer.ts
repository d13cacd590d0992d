import type { IndexedChunk, KnowledgeHit } from '../knowledge/index.ts';
import { toChineseScript } from '../retrieval/index.ts';
import { excerptOf } from './excerpt.ts';
import type { ReplyLanguage } from './reply-language.ts';

export interface Citation {
  n: number;
  title: string;
  url: string | null;
  excerpt: string;
  sourceId: string;
  entryId: string;
  page: number | null;
}

export interface ComposedAnswer {
  answer: string;
  citations: Citation[];
  /** The entry answered, for follow-up questions and learning. */
  entry: IndexedChunk;
  confidence: number;
}

/** The same FAQ entry in another language: bilingual files key the pair `<id>:zh-Hant` / `<id>:en`. */
export function siblingKey(entryKey: string, language: ReplyLanguage): string | null {
  const match = /^(.*):(zh-Hant|zh-Hans|en)$/.exec(entryKey);
  return match ? `${match[1]}:${language}` : null;
}

const isChinese = (language: ReplyLanguage) => language !== 'en';

/** Converted texts by script: answers repeat, and a whole-entry OpenCC pass costs more than the search. */
const converted = new Map<string, string>();
const CONVERTED_LIMIT = 5_000;

/**
 * Chinese text in the reader's script: approved text already in it is served verbatim, and only
 * text in the other script is converted (Traditional ↔ Simplified), never one Traditional variant
 * into another (暫准 is not made 暫準 for a Hong Kong reader).
 */
export function toScript(text: string, language: ReplyLanguage): string {
  if (language === 'en') return text;
  const key = `${language}\u0000${text}`;
  let out = converted.get(key);
  if (out === undefined) {
    out = toChineseScript(text, language === 'zh-Hans' ? 'simplified' : 'traditional');
    if (converted.size >= CONVERTED_LIMIT) converted.clear();
    converted.set(key, out);
  }
  return out;
}

export function citationOf(chunk: IndexedChunk, n: number, language: ReplyLanguage): Citation {
  const where = [chunk.sourceTitle, ...chunk.headingPath].filter(Boolean).join(' › ');
  return {
    n,
    title: chunk.kind === 'faq' || chunk.kind === 'dataset' ? toScript(chunk.question, language) || where : where,
    url: chunk.citationUrl,
    // The script is judged on the whole passage: an excerpt's first 200 characters may tell less.
    excerpt: excerptOf(toScript(chunk.text, language), 200),
    sourceId: chunk.sourceId,
    entryId: chunk.entryId,
    page: chunk.page,
  };
}

/**
 * The extractive answer: the best approved entry, quoted whole, in the reader's language when the
 * entry has a sibling in it, with its source cited as [1].
 */
export function composeExtractive(
  hits: readonly KnowledgeHit[],
  language: ReplyLanguage,
  lookup: (entryId: string) => IndexedChunk | undefined,
): ComposedAnswer | null {
  const best = hits[0];
  if (!best) return null;
  let entry = best.chunk;
  const sibling = siblingKey(entry.entryKey, language);
  const translated = sibling ? lookup(`${entry.sourceId}:${sibling}`) : undefined;
  if (translated) entry = translated;
  else if (isChinese(language) !== isChinese(entryLanguage(entry))) {
    // No sibling: an entry in the reader's language that also matched, if one is close to the best.
    const same = hits.find(
      (hit) => isChinese(entryLanguage(hit.chunk)) === isChinese(language) && hit.confidence >= best.confidence * 0.8,
    );
    if (same) entry = same.chunk;
  }
  const text = isChinese(language) ? toScript(entry.text, language) : entry.text;
  return { answer: `${text} [1]`, citations: [citationOf(entry, 1, language)], entry, confidence: best.confidence };
}

function entryLanguage(chunk: IndexedChunk): ReplyLanguage {
  if (chunk.language === 'en' || chunk.language === 'zh-Hant' || chunk.language === 'zh-Hans') return chunk.language;
  return /[\u3400-\u9fff]/.test(chunk.text) ? 'zh-Hant' : 'en';
}
