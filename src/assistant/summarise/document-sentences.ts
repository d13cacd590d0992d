import type { Extracted } from '../../knowledge/index.ts';
import { detectLanguage } from './language.ts';
import { sentenceTerms } from './sentence-terms.ts';
import { splitSentences } from './split-sentences.ts';
import type { SourceSentence, SummaryDocument } from './summary-types.ts';

interface Block {
  type: 'heading' | 'paragraph';
  level?: number | undefined;
  text: string;
  page: number | null;
}

/**
 * Turns what an importer extracted (see `extractSource` in src/knowledge) into the summariser's
 * document: each paragraph split into sentences that keep their page and the headings above
 * them. FAQ files become one section per question; catalogues one section per dataset.
 *
 * @example
 * const { extracted } = await extractSource({ type: 'file', file });
 * const document = toSummaryDocument('report.pdf', extracted);
 */
export function toSummaryDocument(name: string, extracted: Extracted): SummaryDocument {
  const blocks = blocksOf(extracted);
  const titleTerms = sentenceTerms(extracted.title);
  const headings: { level: number; text: string }[] = [];
  const sentences: SourceSentence[] = [];
  let headingTerms: string[] = titleTerms;
  blocks.forEach((block, blockIndex) => {
    if (block.type === 'heading') {
      const level = block.level ?? 1;
      while (headings.length > 0 && (headings.at(-1)?.level ?? 0) >= level) headings.pop();
      headings.push({ level, text: block.text.trim() });
      headingTerms = [...titleTerms, ...headings.flatMap((heading) => sentenceTerms(heading.text))];
      return;
    }
    const section = headings.length > 0 ? headings.map((heading) => heading.text).join(' › ') : null;
    splitSentences(block.text).forEach((text, inBlock) => {
      sentences.push({
        text,
        citation: { document: name, page: block.page, section, sentence: sentences.length },
        block: blockIndex,
        inBlock,
        headingTerms,
      });
    });
  });
  const sample = sentences
    .slice(0, 200)
    .map((sentence) => sentence.text)
    .join('');
  return {
    name,
    title: extracted.title,
    language: detectLanguage(sample || extracted.title),
    sentences,
    pages: extracted.kind === 'document' ? extracted.pages : null,
  };
}

function blocksOf(extracted: Extracted): Block[] {
  switch (extracted.kind) {
    case 'document':
      return extracted.blocks;
    case 'faq':
      return extracted.items.flatMap((item) => [
        { type: 'heading' as const, level: 1, text: item.question, page: null },
        { type: 'paragraph' as const, text: item.answer, page: null },
      ]);
    case 'catalogue':
      return extracted.datasets.flatMap((dataset) => [
        { type: 'heading' as const, level: 1, text: dataset.title, page: null },
        { type: 'paragraph' as const, text: dataset.description, page: null },
      ]);
  }
}
