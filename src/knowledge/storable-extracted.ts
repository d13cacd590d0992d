import { storableText } from '../core/index.ts';
import type { Extracted } from './extracted.ts';

const clean = (text: string | undefined) => (text === undefined ? undefined : storableText(text));

/**
 * Every string an importer produced, made storable (see `storableText`): uploaded documents are
 * cleaned rather than refused (a stray NUL in a Word file is the author's accident, not an attack);
 * JSON bodies and query strings are refused at the edge instead.
 */
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
