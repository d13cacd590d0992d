import { createHash } from 'node:crypto';
import type { DatasetItem, DocumentBlock, Extracted } from './extracted.ts';

/** What a chunk is: an FAQ entry, a passage of a document, or a dataset of an open-data catalogue. */
export const CHUNK_KINDS = ['faq', 'passage', 'dataset'] as const;

/** A chunk before it is stored: what the retrieval engine indexes and a bot cites. */
export interface ChunkDraft {
  kind: (typeof CHUNK_KINDS)[number];
  entryKey: string;
  question: string;
  text: string;
  alternateQuestions: string[];
  keywords: string[];
  language: string | null;
  headingPath: string[];
  page: number | null;
  citationUrl: string | null;
  sha256: string;
}

export interface ChunkOptions {
  /** Largest passage, in characters (a Chinese character counts one). */
  maxChars: number;
  /** Passages shorter than this are merged with the next under the same heading. */
  minChars: number;
}

export const DEFAULT_CHUNK_OPTIONS: ChunkOptions = { maxChars: 800, minChars: 120 };

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** Sentence ends in Chinese (。！？；) and English (. ! ? followed by a space). */
const SENTENCE_END = /(?<=[。！？；!?])|(?<=[.;])(?=\s)/u;

/**
 * Splits extracted content into chunks. FAQ entries and datasets stay whole; documents are split
 * at headings, then paragraphs, then sentence boundaries, never beyond `maxChars`, and every
 * passage keeps its heading path and page for citation.
 */
export function chunkExtracted(extracted: Extracted, options: ChunkOptions = DEFAULT_CHUNK_OPTIONS): ChunkDraft[] {
  if (extracted.kind === 'faq') {
    return extracted.items.map((item) =>
      draft({
        kind: 'faq',
        entryKey: item.key ?? item.question,
        question: item.question,
        text: item.answer,
        alternateQuestions: item.alternateQuestions ?? [],
        keywords: item.keywords ?? [],
        language: item.language ?? null,
        headingPath: [],
        page: null,
        citationUrl: item.url ?? null,
      }),
    );
  }
  if (extracted.kind === 'catalogue') {
    return extracted.datasets.map((dataset) =>
      draft({
        kind: 'dataset',
        entryKey: dataset.key,
        question: dataset.title,
        text: datasetText(dataset),
        alternateQuestions: datasetQuestions(dataset),
        keywords: [
          ...dataset.tags,
          ...new Set((dataset.resources ?? []).map((r) => (r.api ? 'API' : r.format))),
        ].filter(Boolean),
        language: dataset.language ?? null,
        headingPath: [],
        page: null,
        citationUrl: dataset.url,
      }),
    );
  }
  return chunkDocument(extracted.blocks, options);
}

/**
 * What a bot quotes for a dataset: its description and publisher, then each file or API with its
 * link, so "which dataset or API has …?" is answered with where to get it (the dataset page is the
 * entry's citation URL, cited with the answer).
 */
function datasetText(dataset: DatasetItem): string {
  const zh = dataset.language === 'zh-Hant' || dataset.language === 'zh-Hans';
  const lines = [[dataset.description, dataset.organisation && `(${dataset.organisation})`].filter(Boolean).join(' ')];
  if (dataset.updateFrequency) lines.push(`${zh ? '更新頻率' : 'Updated'}: ${dataset.updateFrequency}`);
  for (const r of dataset.resources ?? []) {
    const kind = r.api ? 'API' : r.format;
    lines.push(`${r.name}${kind && !r.name.includes(kind) ? ` (${kind})` : ''}: ${r.url}`);
  }
  if (dataset.dataDictionary) lines.push(`${zh ? '數據字典' : 'Data dictionary'}: ${dataset.dataDictionary}`);
  return lines.filter(Boolean).join('\n');
}

/**
 * How people ask for a dataset ("which dataset or API has …?"), so such a question meets the
 * dataset's title even when its other words (dataset, API, data) are not in the description.
 */
function datasetQuestions(dataset: DatasetItem): string[] {
  const hasApi = (dataset.resources ?? []).some((r) => r.api);
  if (dataset.language === 'zh-Hant' || dataset.language === 'zh-Hans')
    return [`哪個數據集有${dataset.title}？`, ...(hasApi ? [`有沒有${dataset.title}的 API？`] : [])];
  return [
    `Which dataset has ${dataset.title}?`,
    `Where can I get ${dataset.title}?`,
    ...(hasApi ? [`Is there an API for ${dataset.title}?`] : []),
  ];
}

function chunkDocument(blocks: readonly DocumentBlock[], options: ChunkOptions): ChunkDraft[] {
  const chunks: ChunkDraft[] = [];
  const headings: { level: number; text: string }[] = [];
  let buffer: string[] = [];
  let page: number | null = null;
  const flush = () => {
    const text = buffer.join('\n').trim();
    if (text) {
      const headingPath = headings.map((h) => h.text);
      chunks.push(
        draft({
          kind: 'passage',
          entryKey: `p${chunks.length + 1}`,
          question: '',
          text,
          alternateQuestions: [],
          keywords: [],
          language: null,
          headingPath,
          page,
          citationUrl: null,
        }),
      );
    }
    buffer = [];
    page = null;
  };
  for (const block of blocks) {
    if (block.type === 'heading') {
      flush();
      const level = block.level ?? 1;
      while (headings.length && (headings.at(-1)?.level ?? 0) >= level) headings.pop();
      headings.push({ level, text: block.text });
      continue;
    }
    for (const piece of splitToFit(block.text, options.maxChars)) {
      const size = buffer.reduce((n, t) => n + t.length + 1, 0);
      if (
        buffer.length &&
        (size + piece.length > options.maxChars || (block.page !== page && size >= options.minChars))
      )
        flush();
      if (page === null) page = block.page;
      buffer.push(piece);
    }
  }
  flush();
  return chunks;
}

/** A paragraph longer than `max` split at sentence ends, and hard-split only if one sentence is longer. */
export function splitToFit(text: string, max: number): string[] {
  if (text.length <= max) return [text];
  const pieces: string[] = [];
  let current = '';
  for (const sentence of text.split(SENTENCE_END).filter(Boolean)) {
    if (current && current.length + sentence.length > max) {
      pieces.push(current.trim());
      current = '';
    }
    if (sentence.length > max) {
      for (let i = 0; i < sentence.length; i += max) pieces.push(sentence.slice(i, i + max).trim());
    } else {
      current += sentence;
    }
  }
  if (current.trim()) pieces.push(current.trim());
  return pieces.filter(Boolean);
}

function draft(fields: Omit<ChunkDraft, 'sha256'>): ChunkDraft {
  return { ...fields, sha256: sha256(`${fields.question}\n${fields.text}`) };
}

/** The text a version is diffed on: one block per chunk, stable and readable. */
export function renderForDiff(chunks: readonly ChunkDraft[]): string {
  return chunks
    .map((chunk) =>
      chunk.kind === 'passage'
        ? `## ${chunk.headingPath.join(' › ') || '(no heading)'}${chunk.page ? ` [p. ${chunk.page}]` : ''}\n${chunk.text}`
        : `Q: ${chunk.question}\nA: ${chunk.text}`,
    )
    .join('\n\n');
}
