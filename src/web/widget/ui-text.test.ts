import { describe, expect, it } from 'vitest';
import { joined, uiText } from './ui-text.ts';

describe('the widget’s words', () => {
  it('puts no space after a full-width mark, and one after anything else', () => {
    // The AI disclosure and the link to the transparency notice after it.
    expect(joined('答案以官方網頁為準。', uiText('zh', 'transparencyNotice'))).toBe(
      '答案以官方網頁為準。此人工智能如何運作',
    );
    expect(joined('Answers follow the official pages.', uiText('en', 'transparencyNotice'))).toBe(
      'Answers follow the official pages. How this AI works',
    );
    // A label and what it labels.
    expect(joined(uiText('zh', 'fallbackLabel'), '請致電 1823。')).toBe('其他查詢途徑：請致電 1823。');
    expect(joined(uiText('en', 'fallbackLabel'), 'Call 1823.')).toBe('Other ways to get help: Call 1823.');
    // A disclosure a department wrote without a full stop still keeps the link apart.
    expect(joined('你正與人工智能對話', '此人工智能如何運作')).toBe('你正與人工智能對話 此人工智能如何運作');
  });
});
