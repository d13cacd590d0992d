import type { TranslationResult } from '../translate/index.ts';
import { bilingualRuns, type Block, type ExportDocument, type Inline, textRun } from './document-model.ts';

const LANGUAGE_NAME = { en: 'English', 'zh-Hant': '繁體中文', 'zh-Hans': '简体中文' } as const;

/**
 * A translation side by side: one table row per sentence (source, translation, the glossary
 * problems left in it), then the glossary terms the document states with their approved wording.
 */
export function translationDocument(result: TranslationResult, options: { title?: string } = {}): ExportDocument {
  const rows: Inline[][][] = result.sentences.map((sentence) => [
    [textRun(String(sentence.id), { lang: 'en' })],
    [textRun(sentence.source, { lang: result.from })],
    sentence.target === null
      ? [textRun('(not translated 未翻譯)', { italic: true, lang: 'en' })]
      : [textRun(sentence.target, { lang: result.to })],
    sentence.violations.length === 0
      ? [textRun('—', { lang: 'en' })]
      : sentence.violations.flatMap((violation, i) => [
          ...(i > 0 ? [textRun('; ', { lang: 'en' })] : []),
          textRun(`${violation.message.en} `, { lang: 'en' }),
          textRun(violation.message.zh, { lang: 'zh-Hant' }),
        ]),
  ]);
  const blocks: Block[] = [
    { kind: 'heading', level: 1, content: bilingualRuns('Side by side', '對照') },
    {
      kind: 'table',
      widths: [0.5, 4, 4, 2.5],
      header: [
        [textRun('#', { lang: 'en' })],
        [textRun(`${LANGUAGE_NAME[result.from]}`, { lang: result.from })],
        [textRun(`${LANGUAGE_NAME[result.to]}`, { lang: result.to })],
        bilingualRuns('Glossary', '詞彙表'),
      ],
      rows,
    },
  ];
  if (result.terms.length > 0) {
    blocks.push(
      { kind: 'heading', level: 1, content: bilingualRuns('Glossary terms', '詞彙表用語') },
      {
        kind: 'table',
        widths: [3, 4, 2],
        header: [
          bilingualRuns('Term', '用語'),
          bilingualRuns('Approved', '核准譯法'),
          bilingualRuns('Sentences', '句子'),
        ],
        rows: result.terms.map((term) => [
          [textRun(term.term, { lang: result.from })],
          [textRun(term.approved.join(' / '), { lang: result.to })],
          [textRun(term.sentences.join(', '), { lang: 'en' })],
        ]),
      },
    );
  }
  blocks.push({
    kind: 'paragraph',
    tone: 'muted',
    content: [textRun(`${result.note.en} `, { lang: 'en' }), textRun(result.note.zh, { lang: 'zh-Hant' })],
  });
  return {
    title: options.title ?? `Translation 翻譯 (${LANGUAGE_NAME[result.from]} → ${LANGUAGE_NAME[result.to]})`,
    language: result.to,
    subtitle: `${result.mode} · ${result.violations} glossary problems 詞彙問題 · ${result.sentences.length} sentences 句`,
    blocks,
  };
}
