import type { Extracted } from './extracted.ts';

// A lone high surrogate not followed by a low one, or a lone low surrogate not preceded by a high one.
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * Text PostgreSQL can store: NUL characters dropped, lone UTF-16 surrogates replaced by U+FFFD.
 * Uploaded documents are cleaned rather than refused (a stray NUL in a Word file is the author's
 * accident, not an attack); JSON bodies and query strings are refused at the edge instead.
 */
export function storableText(text: string): string {
  return text.replaceAll('\u0000', '').replace(LONE_SURROGATE, '\ufffd');
}

const clean = (text: string | undefined) => (text === undefined ? undefined : storableText(text));

/** Every string an importer produced, made storable (see {@link storableText}). */
export function storableExtracted(extracted: Extracted): Extracted {
  switch (extracted.kind) {
    case 'faq':
      return {
        ...extracted,
        title: storableText(extracted.title),
        items: extracted.items.map((item) => ({
          ...item,
          key: clean(item.key),
          question: storableText(item.question),
          answer: storableText(item.answer),
          alternateQuestions: item.alternateQuestions?.map(storableText),
          keywords: item.keywords?.map(storableText),
          language: clean(item.language),
          url: clean(item.url),
        })),
      };
    case 'document':
      return {
        ...extracted,
        title: storableText(extracted.title),
        blocks: extracted.blocks.map((block) => ({ ...block, text: storableText(block.text) })),
      };
    case 'catalogue':
      return {
        ...extracted,
        title: storableText(extracted.title),
        datasets: extracted.datasets.map((dataset) => ({
          ...dataset,
          key: storableText(dataset.key),
          title: storableText(dataset.title),
          description: storableText(dataset.description),
          organisation: storableText(dataset.organisation),
          tags: dataset.tags.map(storableText),
          url: storableText(dataset.url),
        })),
      };
  }
}
