// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { I18nProvider, type Locale } from '../../../i18n/index.ts';
import type { TaskResult } from '../api/task-result.ts';
import { ResultNotes } from './result-notes.tsx';

/** A summary of a notice with a planted line in its third passage, as the server stores it. */
const result = (instruction: Partial<TaskResult['findings']['instructions'][number]>): TaskResult => ({
  task: 'summarise',
  mode: 'extractive',
  model: null,
  note: { en: 'Made without a model.', zh: '沒有使用模型。' },
  documents: [{ id: 'doc-1', name: 'notice.txt' }],
  findings: {
    instructions: [
      {
        documentId: 'doc-1',
        document: 'notice.txt',
        passage: 2,
        line: 14,
        reasons: [
          'rule ignore-previous: tells the model to ignore its instructions',
          'intent: disregard + directive (+0.9)',
        ],
        ...instruction,
      },
    ],
    outputPersonalData: {},
    personalDataMasked: false,
  },
  usage: { modelCalls: 0, promptTokens: 0, completionTokens: 0 },
  output: {},
});

const WORDED = [
  { en: 'tells the model to ignore its instructions', zhHant: '叫模型不理會其指示' },
  { en: 'intent: disregard + directive (+0.9)', zhHant: '意圖：忽略 + 指示（+0.9）' },
];

const show = (locale: Locale, value: TaskResult) =>
  render(
    <I18nProvider initial={locale}>
      <ResultNotes result={value} />
    </I18nProvider>,
  );

afterEach(cleanup);

describe('the notes on how a result was made', () => {
  it('says where the planted instructions are and why, in 繁體中文', () => {
    show('zh-Hant', result({ reasonTexts: WORDED }));
    expect(screen.getByText(/發現向人工智能發出的指示/).textContent).toBe(
      '在 notice.txt（第 3 段，由第 14 行起）發現向人工智能發出的指示：只當作文字處理，沒有執行。',
    );
    expect(screen.getByText(/防護判斷為指示的原因/).textContent).toBe(
      '防護判斷為指示的原因：叫模型不理會其指示；意圖：忽略 + 指示（+0.9）。',
    );
  });

  it('says the same in English', () => {
    show('en', result({ reasonTexts: WORDED }));
    expect(screen.getByText(/Why the guard/).textContent).toBe(
      'Why the guard took them for instructions: tells the model to ignore its instructions; intent: disregard + directive (+0.9).',
    );
  });

  it('shows a result made before reasons had words with its English reasons, marked as English', () => {
    show('zh-Hant', result({}));
    const reason = screen.getByText('intent: disregard + directive (+0.9)');
    expect(reason.closest('[lang]')?.getAttribute('lang')).toMatch(/^en/);
  });
});
