import type { DraftIssue, DraftLanguage, DraftParagraph } from '../draft/index.ts';
import { bilingualRuns, type Block, type ExportDocument, type Inline, textRun } from './document-model.ts';

/** A draft version to export: its paragraphs (with who wrote each) and its issue report. */
export interface DraftExport {
  title: string;
  language: DraftLanguage;
  paragraphs: readonly Pick<DraftParagraph, 'text' | 'origin' | 'author'>[];
  issues: readonly DraftIssue[];
  /** Version number, shown under the title. */
  version?: number;
}

const ORIGIN = {
  template: bilingualRuns('template', '範本'),
  model: bilingualRuns('model', '模型'),
  officer: bilingualRuns('officer', '人員'),
} as const;
const KIND = {
  unsupported_claim: bilingualRuns('Unsupported claim', '無根據的說法'),
  contradiction: bilingualRuns('Contradiction', '矛盾'),
  wrong_figure: bilingualRuns('Wrong figure', '數字有誤'),
  missing_element: bilingualRuns('Missing element', '缺少必要內容'),
} as const;

/**
 * A draft as a document: its text, then (like UK Minute's hallucination table) the issue report
 * and who wrote each paragraph, so a reader of the file sees what was checked.
 */
export function draftDocument(draft: DraftExport): ExportDocument {
  const lang = draft.language;
  const blocks: Block[] = draft.paragraphs.map((paragraph) => ({
    kind: 'paragraph',
    content: [textRun(paragraph.text, { lang })],
  }));
  blocks.push({ kind: 'heading', level: 1, content: bilingualRuns('Issue report', '問題報告') });
  if (draft.issues.length === 0)
    blocks.push({ kind: 'paragraph', tone: 'muted', content: bilingualRuns('No issues found.', '未發現問題。') });
  else
    blocks.push({
      kind: 'table',
      widths: [2.4, 4, 4],
      header: [bilingualRuns('Issue', '問題'), bilingualRuns('Sentence', '句子'), bilingualRuns('Why', '原因')],
      rows: draft.issues.map((issue): Inline[][] => [
        KIND[issue.kind],
        [textRun(issue.sentence ?? issue.element ?? '—', { lang })],
        [textRun(`${issue.explanation.en} `, { lang: 'en' }), textRun(issue.explanation.zh, { lang: 'zh-Hant' })],
      ]),
    });
  blocks.push(
    { kind: 'heading', level: 2, content: bilingualRuns('Who wrote each paragraph', '各段撰寫來源') },
    {
      kind: 'table',
      widths: [0.6, 2, 4],
      header: [[textRun('¶', { lang: 'en' })], bilingualRuns('Written by', '撰寫'), bilingualRuns('Author', '作者')],
      rows: draft.paragraphs.map((paragraph, i) => [
        [textRun(String(i + 1), { lang: 'en' })],
        ORIGIN[paragraph.origin],
        [textRun(paragraph.author, { lang: 'en' })],
      ]),
    },
  );
  return {
    title: draft.title,
    language: lang,
    subtitle: `${draft.version === undefined ? '' : `v${draft.version} · `}issues 問題: ${draft.issues.length}`,
    blocks,
  };
}
