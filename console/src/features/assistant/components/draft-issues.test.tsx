// @vitest-environment happy-dom
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { I18nProvider, type Locale } from '../../../i18n/index.ts';
import type { DraftIssue } from '../api/drafts-api.ts';
import { FlaggedSentence } from './draft-issues.tsx';

const TEXT = 'A dog licence costs HK$90. It is valid for three years.';
const ISSUE: DraftIssue = {
  kind: 'wrong_figure',
  start: 0,
  end: 26,
  sentence: 'A dog licence costs HK$90.',
  figures: ['HK$90'],
  explanation: { en: 'The facts say HK$80.', zh: '事實所載為港幣80元。' },
};

const shown = (locale: Locale) =>
  render(
    <I18nProvider initial={locale}>
      <p>
        <FlaggedSentence text={TEXT} issue={ISSUE} lang="en" />
      </p>
    </I18nProvider>,
  ).container.querySelector('mark');

afterEach(cleanup);

describe('a flagged sentence of an English draft', () => {
  it('says where the flag starts and ends in the officer’s Chinese, in full-width brackets, inside the English sentence', () => {
    const mark = shown('zh-Hant');
    const [start, end] = [...(mark?.querySelectorAll('.visually-hidden') ?? [])];
    expect(start?.getAttribute('lang')).toBe('zh-Hant-HK');
    expect(end?.getAttribute('lang')).toBe('zh-Hant-HK');
    expect(end?.textContent).toBe('（標示句子完）');
    expect(mark?.closest('[lang="en"]')).not.toBeNull();
  });

  it('says it in English brackets in the English console', () => {
    expect(shown('en')?.querySelectorAll('.visually-hidden')[1]?.textContent).toBe(' (end of flagged sentence)');
  });

  // A full-width colon takes no space after it; the English one does.
  it.each([
    ['zh-Hant', '標示：'],
    ['en', 'Flagged: '],
  ] as const)('announces the start in %s with its own colon: %j', (locale, start) => {
    expect(shown(locale)?.querySelector('.visually-hidden')?.textContent).toBe(start);
  });
});
