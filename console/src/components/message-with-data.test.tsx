// @vitest-environment happy-dom
import { cleanup, render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { MessageWithData } from './message-with-data.tsx';

afterEach(cleanup);

const shown = (template: string, data: Record<string, string | ReactElement>) =>
  render(
    <p>
      <MessageWithData template={template} data={data} />
    </p>,
  ).container;

describe('MessageWithData', () => {
  it("puts an English reason in the Chinese message in its own element marked lang='en'", () => {
    const container = shown('推翻檢查結果發佈：{reason}', { reason: 'Checked with the department' });
    expect(container.textContent).toBe('推翻檢查結果發佈：Checked with the department');
    expect(container.querySelector('span[lang="en"]')?.textContent).toBe('Checked with the department');
  });

  it('marks Chinese words in the English message as Chinese, and leaves an unknown placeholder visible', () => {
    const container = shown('Rejected: {reason} ({who})', { reason: '答案過時' });
    expect(container.textContent).toBe('Rejected: 答案過時 ({who})');
    expect(container.querySelector('span[lang="zh-Hant"]')?.textContent).toBe('答案過時');
  });

  it('places an element given as a value as it is, to mark its own language', () => {
    const container = shown('是（{text}）', { text: <em lang="en">photo</em> });
    expect(container.innerHTML).toBe('<p>是（<em lang="en">photo</em>）</p>');
  });
});
