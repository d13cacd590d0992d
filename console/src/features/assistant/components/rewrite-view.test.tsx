// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { I18nProvider, type Locale } from '../../../i18n/index.ts';
import { RewriteView } from './rewrite-view.tsx';

const show = (locale: Locale) =>
  render(
    <I18nProvider initial={locale}>
      <RewriteView lines={[{ text: '佢哋聽日嚟開會。', written: '他們明天來開會。' }]} changed={1} />
    </I18nProvider>,
  );

const langOf = (element: Element | null | undefined) => element?.closest('[lang]')?.getAttribute('lang');

afterEach(cleanup);

describe('Cantonese lines beside their written rewrite', () => {
  it('reads the lines in Cantonese and written Chinese, and the table’s own words in English, in the English console', () => {
    show('en');
    expect(langOf(screen.getByText('佢哋聽日嚟開會。'))).toBe('yue-Hant');
    expect(langOf(screen.getByText('他們明天來開會。'))).toBe('zh-Hant');
    expect(langOf(screen.getByRole('table').querySelector('caption'))).toBe('en-HK');
    expect(langOf(screen.getByRole('columnheader', { name: 'Written Chinese' }))).toBe('en-HK');
  });

  it('leaves the written Chinese to the page in the Chinese console', () => {
    show('zh-Hant');
    expect(langOf(screen.getByText('他們明天來開會。'))).toBe('zh-Hant-HK');
  });
});
