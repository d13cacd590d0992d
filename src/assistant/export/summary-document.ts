import type { GenerativeSummary, Summary } from '../summarise/index.ts';
import { citationNote } from './cite.ts';
import { bilingualRuns, type ExportDocument, type Inline, textRun } from './document-model.ts';

const EXTRACTIVE = {
  en: 'Extractive summary without a model: every key point is a sentence quoted from the document.',
  zh: '未使用模型的摘錄式摘要：每個要點均引自原文。',
};
const GENERATIVE = {
  en: 'Summary written by a model through the gateway; every sentence was checked against the sentences it cites.',
  zh: '經閘道由模型撰寫的摘要；每句均已與其引用的原文核對。',
};

/**
 * A summary (extractive or generative) as a document: its key points as a numbered list, each
 * citing page and section in a footnote; a generative point the sources do not support is marked.
 *
 * @example
 * await toPdf(summaryDocument(summariseDocument(document)));
 */
export function summaryDocument(summary: Summary | GenerativeSummary): ExportDocument {
  const language = summary.language === 'zh' ? 'zh-Hant' : 'en';
  const items: Inline[][] =
    summary.method === 'extractive'
      ? summary.keyPoints.map((point) => [textRun(point.text), citationNote(point.citation)])
      : summary.keyPoints.map((point) => [
          ...(point.supported ? [] : [textRun('UNSUPPORTED 未獲原文支持: ', { bold: true, lang: 'en' })]),
          textRun(point.text),
          ...(point.citations.length === 0
            ? [textRun(' (no citation 無引用)', { italic: true, lang: 'en' })]
            : point.citations.map((citation) => citationNote(citation))),
        ]);
  const about = summary.method === 'extractive' ? EXTRACTIVE : GENERATIVE;
  const length =
    summary.method === 'extractive'
      ? `${summary.length}/${summary.budget} ${summary.unit}`
      : `${summary.unsupported} unsupported 未獲支持 · ${summary.calls} model calls 次模型呼叫`;
  return {
    title: summary.title || summary.document,
    language,
    subtitle: `${summary.document} · ${length}`,
    blocks: [
      { kind: 'heading', level: 1, content: bilingualRuns('Key points', '要點') },
      { kind: 'list', ordered: true, items },
      { kind: 'paragraph', tone: 'muted', content: [textRun(`${about.en} `, { lang: 'en' }), textRun(about.zh)] },
    ],
  };
}

/** Several documents' summaries (a summarise task over more than one document) in one document. */
export function summariesDocument(summaries: readonly (Summary | GenerativeSummary)[]): ExportDocument {
  const parts = summaries.map(summaryDocument);
  if (parts.length === 1 && parts[0]) return parts[0];
  const chinese = summaries.filter((summary) => summary.language === 'zh').length;
  return {
    title: 'Summaries 摘要',
    language: chinese * 2 > summaries.length ? 'zh-Hant' : 'en',
    subtitle: `${summaries.length} documents 份文件`,
    blocks: parts.flatMap((part) => [
      { kind: 'heading' as const, level: 1 as const, content: [textRun(part.title)] },
      ...(part.subtitle
        ? [{ kind: 'paragraph' as const, tone: 'muted' as const, content: [textRun(part.subtitle)] }]
        : []),
      ...part.blocks.filter((block) => block.kind !== 'heading'),
    ]),
  };
}
