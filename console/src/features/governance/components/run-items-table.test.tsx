// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { I18nProvider, type Locale } from '../../../i18n/index.ts';
import type { EvaluationRunWithItems } from '../api/evaluations-api.ts';
import { RunItemsTable } from './run-items-table.tsx';

type Item = EvaluationRunWithItems['items'][number];
const item = (ordinal: number, fields: Pick<Item, 'prompt' | 'answer' | 'language' | 'expected'>): Item => ({
  ordinal,
  itemId: `q${ordinal}`,
  category: 'faq',
  citations: [],
  outcome: 'answered',
  verdict: 'pass',
  reason: 'cited the expected entry',
  reasonCode: 'cited_expected',
  reasonParams: {},
  reasonText: { en: 'cited the expected entry', zhHant: '引用了預期的條目' },
  ...fields,
});

/** A golden Q&A run over an English FAQ and a Chinese one. */
const ITEMS = [
  item(1, {
    prompt: 'How much is a dog licence?',
    answer: 'A dog licence costs HK$80 and is valid for three years.',
    language: 'en',
    expected: '0b7c2a4e-1d2f-4a3b-9c8d-7e6f5a4b3c2d:faq-1:en',
  }),
  item(2, {
    prompt: '狗牌幾錢？',
    answer: '狗隻牌照費用為港幣80元，有效期三年。',
    language: 'zh-Hant',
    expected: null,
  }),
];

const show = (locale: Locale) =>
  render(
    <I18nProvider initial={locale}>
      <RunItemsTable items={ITEMS} />
    </I18nProvider>,
  );

/** The language a screen reader reads an element in: its nearest `lang`, the page's `<html lang>` at the last. */
const langOf = (element: Element | null) => element?.closest('[lang]')?.getAttribute('lang');

afterEach(cleanup);

describe('an evaluation run’s items', () => {
  it('marks an English golden question and the bot’s English answer as English in the Chinese console', () => {
    show('zh-Hant');
    expect(langOf(screen.getByText('How much is a dog licence?'))).toBe('en');
    expect(langOf(screen.getByText('A dog licence costs HK$80 and is valid for three years.'))).toBe('en');
    expect(langOf(screen.getByText('faq-1:en'))).toBe('en');
  });

  it('leaves the Chinese question and answer, and the page’s own words, in the page’s language', () => {
    show('zh-Hant');
    expect(langOf(screen.getByText('狗牌幾錢？'))).toBe('zh-Hant-HK');
    expect(langOf(screen.getByText('狗隻牌照費用為港幣80元，有效期三年。'))).toBe('zh-Hant-HK');
    // "Expected" is the console's word, not the question's: it is not read as English.
    const expected = screen.getByText('faq-1:en').parentElement;
    expect(expected?.textContent).toBe('預期答案：faq-1:en');
    expect(langOf(expected)).toBe('zh-Hant-HK');
  });

  it('marks the Chinese question as Chinese in the English console, and nothing English', () => {
    show('en');
    expect(langOf(screen.getByText('狗牌幾錢？'))).toBe('zh-Hant');
    expect(langOf(screen.getByText('狗隻牌照費用為港幣80元，有效期三年。'))).toBe('zh-Hant');
    expect(langOf(screen.getByText('How much is a dog licence?'))).toBe('en-HK');
    expect(langOf(screen.getByText('Expected: faq-1:en'))).toBe('en-HK');
  });
});
