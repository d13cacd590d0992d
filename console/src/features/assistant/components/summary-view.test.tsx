// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { I18nProvider, type Locale } from '../../../i18n/index.ts';
import type { Summary } from '../api/task-result.ts';
import { SummaryView } from './summary-view.tsx';

const CITED = { document: 'notice.docx', page: null, section: null };
/** A model's summary of a Chinese notice. */
const SUMMARY: Summary = {
  document: 'notice.docx',
  title: '狗隻牌照通告',
  language: 'zh',
  method: 'generative',
  keyPoints: [{ text: '牌照費為港幣80元。', citations: [CITED], supported: true, support: 0.9 }],
};

const show = (locale: Locale) =>
  render(
    <I18nProvider initial={locale}>
      <SummaryView summary={SUMMARY} index={0} />
    </I18nProvider>,
  );

const langOf = (element: Element | null | undefined) => element?.closest('[lang]')?.getAttribute('lang');

afterEach(cleanup);

describe('a document’s key points', () => {
  it('reads the Chinese points as Chinese and the table’s own words as English in the English console', () => {
    show('en');
    expect(langOf(screen.getByText('牌照費為港幣80元。'))).toBe('zh-Hant');
    expect(langOf(screen.getByRole('table').querySelector('caption'))).toBe('en-HK');
    expect(langOf(screen.getByRole('columnheader', { name: 'Point' }))).toBe('en-HK');
  });

  it('gives the support share in brackets, full-width in 繁體中文', () => {
    show('zh-Hant');
    expect(screen.getByText(/支持度/).textContent).toBe('（支持度 90%）');
    cleanup();
    show('en');
    expect(screen.getByText(/support/).textContent).toBe(' (support 90%)');
  });
});
