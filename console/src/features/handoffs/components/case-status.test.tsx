// @vitest-environment happy-dom
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { formatters, I18nProvider, type Locale } from '../../../i18n/index.ts';
import { CaseDue } from './case-status.tsx';

/** 6 December 2026, 16:30 in Hong Kong. */
const DUE = '2026-12-06T08:30:00Z';

const shown = (locale: Locale) =>
  render(
    <I18nProvider initial={locale}>
      <p>
        <CaseDue item={{ status: 'submitted', dueAt: DUE }} />
      </p>
    </I18nProvider>,
  ).container.querySelector('time');

afterEach(cleanup);

describe('a case’s due time', () => {
  it('gives the exact time in full-width brackets in 繁體中文, with no space before them', () => {
    const time = shown('zh-Hant');
    expect(time?.textContent).toBe(`（${formatters('zh-Hant').dateTime(DUE)}）`);
    expect(time?.previousSibling?.textContent).toMatch(/到期$/);
  });

  it('gives it in brackets after a space in English', () => {
    expect(shown('en')?.textContent).toBe(` (${formatters('en').dateTime(DUE)})`);
  });
});
