import { storableText, unifyIdeographs } from '../core/index.ts';
import type { Extracted } from './extracted.ts';

const clean = (text: string | undefined) => (text === undefined ? undefined : storableText(text));
/** Text people read: storable, and radicals or compatibility ideographs from a PDF's fonts unified. */
const prose = (text: string) => unifyIdeographs(storableText(text));

/**
 * Every string an importer produced, made storable (see `storableText`): uploaded documents are
 * cleaned rather than refused (a stray NUL in a Word file is the author's accident, not an attack);
 * JSON bodies and query strings are refused at the edge instead. The text people read also gets
 * its Kangxi radicals and compatibility ideographs unified (`unifyIdeographs`: 成⼈ → 成人, ⻑者 →
 * 長者), as PDF text layers carry them. Every importer, file, URL or catalogue, ends here.
 */
export function storableExtracted(extracted: Extracted): Extracted {
  switch (extracted.kind) {
    case 'faq':
      return {
        ...extracted,
        title: prose(extracted.title),
        items: extracted.items.map((item) => ({
          ...item,
          key: clean(item.key),
          question: prose(item.question),
          answer: prose(item.answer),
          alternateQuestions: item.alternateQuestions?.map(prose),
          keywords: item.keywords?.map(prose),
          language: clean(item.language),
          url: clean(item.url),
        })),
      };
    case 'document':
      return {
        ...extracted,
        title: prose(extracted.title),
        blocks: extracted.blocks.map((block) => ({ ...block, text: prose(block.text) })),
      };
    case 'catalogue':
      return {
        ...extracted,
        title: prose(extracted.title),
        datasets: extracted.datasets.map((dataset) => ({
          ...dataset,
          key: storableText(dataset.key),
          title: prose(dataset.title),
          description: prose(dataset.description),
          organisation: prose(dataset.organisation),
          tags: dataset.tags.map(prose),
          url: storableText(dataset.url),
          ...(dataset.resources
            ? {
                resources: dataset.resources.map((r) => ({
                  ...r,
                  name: prose(r.name),
                  url: storableText(r.url),
                  format: storableText(r.format),
                })),
              }
            : {}),
          ...(dataset.updateFrequency ? { updateFrequency: prose(dataset.updateFrequency) } : {}),
          ...(dataset.dataDictionary ? { dataDictionary: storableText(dataset.dataDictionary) } : {}),
        })),
      };
  }
}
