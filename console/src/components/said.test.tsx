// @vitest-environment happy-dom
import { cleanup, render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { I18nProvider, type Locale } from '../i18n/index.ts';
import { InlineList } from './inline-list.tsx';
import { Said, SaidList } from './said.tsx';

const shown = (locale: Locale, children: ReactNode) =>
  render(
    <I18nProvider initial={locale}>
      <p>{children}</p>
    </I18nProvider>,
  ).container.querySelector('p');

/** Each marked part of the paragraph: [its words, its lang]. */
const marked = (paragraph: Element | null) =>
  [...(paragraph?.querySelectorAll('[lang]') ?? [])].map((e) => [e.textContent, e.getAttribute('lang')]);

afterEach(cleanup);

describe('Said', () => {
  it('marks an English answer in the Chinese console as English, and a Chinese one in the English console as Chinese', () => {
    expect(marked(shown('zh-Hant', <Said text="A dog licence costs HK$80." />))).toEqual([
      ['A dog licence costs HK$80.', 'en'],
    ]);
    expect(marked(shown('en', <Said text="狗隻牌照費用為港幣80元。" />))).toEqual([
      ['狗隻牌照費用為港幣80元。', 'zh-Hant'],
    ]);
  });

  it('shows words in the page’s language as they are, with no element of their own', () => {
    const paragraph = shown('zh-Hant', <Said text="狗隻牌照費用為港幣80元。" />);
    expect(paragraph?.innerHTML).toBe('狗隻牌照費用為港幣80元。');
  });

  it('takes the language the server recorded over the script', () => {
    expect(marked(shown('zh-Hant', <Said text="狗牌幾錢呀？" language="yue" />))).toEqual([['狗牌幾錢呀？', 'yue']]);
    expect(marked(shown('en', <Said text="OK" language="zh-Hant" />))).toEqual([['OK', 'zh-Hant']]);
  });
});

describe('SaidList', () => {
  it('joins people’s words in the page’s language, each marked with its own', () => {
    const paragraph = shown('zh-Hant', <SaidList items={['photo', '姓名', 'HKID number']} />);
    expect(paragraph?.textContent).toBe('photo、姓名及HKID number');
    expect(marked(paragraph)).toEqual([
      ['photo', 'en'],
      ['HKID number', 'en'],
    ]);
  });

  it('says "and" in English', () => {
    expect(shown('en', <SaidList items={['eLicensing', 'paper forms']} />)?.textContent).toBe(
      'eLicensing and paper forms',
    );
  });
});

describe('InlineList', () => {
  it('places elements in the list in their order', () => {
    const paragraph = shown(
      'zh-Hant',
      <InlineList
        items={['a', 'b', 'c'].map((id) => (
          <a key={id} href={`#${id}`}>
            {id.toUpperCase()}
          </a>
        ))}
      />,
    );
    expect(paragraph?.textContent).toBe('A、B及C');
    expect([...(paragraph?.querySelectorAll('a') ?? [])].map((a) => a.getAttribute('href'))).toEqual([
      '#a',
      '#b',
      '#c',
    ]);
  });
});
