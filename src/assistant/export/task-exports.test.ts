import { describe, expect, it } from 'vitest';
import { buildMinutes, parseTranscript } from '../minutes/index.ts';
import { parseGlossary, translateOffline } from '../translate/index.ts';
import { exportableOfTask, exportResult } from './export-result.ts';
import { docxParts, pdfLines } from '../testing/read-export.ts';

const collapse = (lines: string[]) => lines.join(' ').replace(/\s+/g, ' ');

describe('exports of translations, drafts and stored job results', () => {
  it('exports a translation side by side, with the glossary terms and what needs a model', async () => {
    const parsed = parseGlossary('en\tzh_hant\nBuildings Department\t屋宇署\n', 'dept.tsv');
    if (!parsed.ok) throw new Error(parsed.issues[0]?.message);
    const translation = translateOffline('The Buildings Department inspected the site. Repairs start next week.', {
      to: 'zh-Hant',
      glossary: parsed.value,
    });
    const text = collapse(await pdfLines((await exportResult({ task: 'translation', translation }, 'pdf')).bytes));
    expect(text).toContain('Side by side 對照');
    expect(text).toContain('English 繁體中文');
    expect(text).toContain('The Buildings Department inspected the site.');
    expect(text).toContain('Buildings Department 屋宇署');
    expect(text).toContain(translation.note.en.split(' ').slice(0, 4).join(' '));
  });

  it('exports a draft with its issue report and who wrote each paragraph', async () => {
    const draft = {
      title: 'Reply to a public enquiry 回覆公眾查詢',
      language: 'en' as const,
      version: 2,
      paragraphs: [
        { text: 'Thank you for your enquiry of 1 December.', origin: 'template' as const, author: 'reply-enquiry@1' },
        { text: 'The scheme pays HK$5,000 to each applicant.', origin: 'model' as const, author: 'local/qwen' },
      ],
      issues: [
        {
          kind: 'wrong_figure' as const,
          sentence: 'The scheme pays HK$5,000 to each applicant.',
          start: 44,
          end: 88,
          figures: ['5000'],
          explanation: { en: 'No fact gives 5,000.', zh: '沒有資料提及 5,000。' },
        },
      ],
    };
    const file = await exportResult({ task: 'draft', draft }, 'docx');
    expect(file.filename).toBe('lionrock-draft-Reply-to-a-public-enquiry.docx');
    const { text } = await docxParts(file.bytes);
    expect(text).toContain('Issue report 問題報告');
    expect(text).toContain('Wrong figure 數字有誤');
    expect(text).toContain('No fact gives 5,000. 沒有資料提及 5,000。');
    expect(text).toContain('model 模型');
    const pdf = collapse(await pdfLines((await exportResult({ task: 'draft', draft }, 'pdf')).bytes));
    expect(pdf).toContain('The scheme pays HK$5,000 to each applicant.');
    // A narrow cell wraps, and a reader extracts a row line by line across its cells.
    expect(pdf.replace(/\s+/g, '')).toContain('數字有誤');
    expect(pdf).toContain('Issue report 問題報告');
  });

  it("maps a stored job's result ({task, output}) to what can be exported, and refuses what cannot", () => {
    const parsed = parseTranscript('Chair: Item 1: Budget.\nChair: The committee agreed to cut it.');
    if (!parsed.ok) throw new Error('transcript');
    const minutes = buildMinutes(parsed.value);
    expect(exportableOfTask({ task: 'minutes', output: { minutes } })).toEqual({ task: 'minutes', minutes });
    expect(
      exportableOfTask({
        task: 'rewrite-cantonese',
        output: { lines: [{ text: '佢哋', written: '他們' }], changed: 1 },
      })?.task,
    ).toBe('document');
    expect(exportableOfTask({ task: 'summarise', output: { summaries: [] } })).toBeNull();
    expect(exportableOfTask({ task: 'minutes', output: null })).toBeNull();
    expect(exportableOfTask(null)).toBeNull();
    expect(exportableOfTask({ task: 'unknown', output: {} })).toBeNull();
  });
});
