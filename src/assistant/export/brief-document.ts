import type { Brief } from '../summarise/index.ts';
import { citationNote } from './cite.ts';
import { bilingualRuns, type Block, type ExportDocument, type Inline, textRun } from './document-model.ts';
import { summaryDocument } from './summary-document.ts';

/**
 * A combined brief as a document: the documents in a table, where they agree (each point citing
 * every document that makes it), where they differ (a point only one makes, or other figures, both
 * sentences cited), then each document's key points.
 */
export function briefDocument(brief: Brief): ExportDocument {
  const chinese = brief.documents.filter((document) => document.language === 'zh').length;
  const blocks: Block[] = [
    { kind: 'heading', level: 1, content: bilingualRuns('Documents', '文件') },
    {
      kind: 'table',
      widths: [3, 4, 1],
      header: [bilingualRuns('File', '檔案'), bilingualRuns('Title', '標題'), bilingualRuns('Language', '語言')],
      rows: brief.documents.map((document) => [
        [textRun(document.name)],
        [textRun(document.title)],
        [textRun(document.language === 'zh' ? '中文' : 'English')],
      ]),
    },
    { kind: 'heading', level: 1, content: bilingualRuns('Where the documents agree', '各文件一致之處') },
  ];
  if (brief.agreements.length === 0)
    blocks.push({ kind: 'paragraph', tone: 'muted', content: bilingualRuns('None.', '無。') });
  else
    blocks.push({
      kind: 'list',
      ordered: false,
      items: brief.agreements.map(({ point, alsoIn }): Inline[] => [
        textRun(point.text),
        citationNote(point.citation),
        ...alsoIn.map((support) => citationNote(support.citation, `also 亦見 (${support.similarity.toFixed(2)}): `)),
      ]),
    });
  blocks.push({ kind: 'heading', level: 1, content: bilingualRuns('Where they differ', '各文件不同之處') });
  if (brief.differences.length === 0)
    blocks.push({ kind: 'paragraph', tone: 'muted', content: bilingualRuns('None.', '無。') });
  else
    blocks.push({
      kind: 'list',
      ordered: false,
      items: brief.differences.map((difference): Inline[] =>
        difference.kind === 'only-in-one'
          ? [
              textRun(`Only in 只見於 ${difference.point.citation.document}: `, { bold: true, lang: 'en' }),
              textRun(difference.point.text),
              citationNote(difference.point.citation),
            ]
          : [
              textRun('Figures differ 數字不同: ', { bold: true, lang: 'en' }),
              textRun(difference.point.text),
              citationNote(difference.point.citation),
              textRun(` (${difference.figures.point.join(', ')}) vs 對比 `, { lang: 'en' }),
              textRun(difference.other.text),
              citationNote(difference.other.citation),
              textRun(` (${difference.figures.other.join(', ')})`, { lang: 'en' }),
            ],
      ),
    });
  for (const summary of brief.summaries) {
    const part = summaryDocument(summary);
    blocks.push({ kind: 'heading', level: 2, content: [textRun(part.title)] });
    blocks.push(...part.blocks.filter((block) => block.kind === 'list'));
  }
  return {
    title: 'Combined brief 綜合簡報',
    language: chinese * 2 > brief.documents.length ? 'zh-Hant' : 'en',
    subtitle: `${brief.documents.length} documents 份文件 · ${brief.agreements.length} agreements 一致 · ${brief.differences.length} differences 不同`,
    blocks,
  };
}
