// @vitest-environment happy-dom
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { MessageWithData } from './message-with-data.tsx';

afterEach(cleanup);

describe('MessageWithData', () => {
  it("puts an English reason in the Chinese message in its own element marked lang='en'", () => {
    const { container } = render(
      <p>
        <MessageWithData template="推翻檢查結果發佈：{reason}" data={{ reason: 'Checked with the department' }} />
      </p>,
    );
    expect(container.textContent).toBe('推翻檢查結果發佈：Checked with the department');
    expect(container.querySelector('span[lang="en"]')?.textContent).toBe('Checked with the department');
  });

  it('marks Chinese words in the English message as Chinese, and leaves an unknown placeholder visible', () => {
    const { container } = render(
      <p>
        <MessageWithData template="Rejected: {reason} ({who})" data={{ reason: '答案過時' }} />
      </p>,
    );
    expect(container.textContent).toBe('Rejected: 答案過時 ({who})');
    expect(container.querySelector('span[lang="zh-Hant-HK"]')?.textContent).toBe('答案過時');
  });
});
