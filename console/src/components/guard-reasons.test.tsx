// @vitest-environment happy-dom
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { I18nProvider, type Locale } from '../i18n/index.ts';
import { GuardReasons, guardReasons } from './guard-reasons.tsx';

const shown = (locale: Locale, reasons: unknown, reasonTexts?: unknown) =>
  render(
    <I18nProvider initial={locale}>
      <p>
        <GuardReasons reasons={guardReasons(reasons, reasonTexts)} />
      </p>
    </I18nProvider>,
  ).container.querySelector('p');

afterEach(cleanup);

describe('guardReasons', () => {
  it('takes the words the server sent beside the reasons, one for one', () => {
    expect(guardReasons(['rule x: asks'], [{ en: 'asks', zhHant: '要求' }])).toEqual([{ en: 'asks', zhHant: '要求' }]);
  });

  it('falls back to the English record for an entry without words, or with words that do not match', () => {
    const english = [{ en: 'rule x: asks', zhHant: null }];
    expect(guardReasons(['rule x: asks'])).toEqual(english);
    expect(guardReasons(['rule x: asks'], [])).toEqual(english);
    expect(guardReasons(['rule x: asks'], [{ en: 'asks' }])).toEqual(english);
    expect(guardReasons('not a list', 'nor this')).toEqual([]);
  });
});

describe('GuardReasons', () => {
  it('joins the reasons as clauses in the page’s language, English-only ones marked English in Chinese', () => {
    const texts = [
      { en: 'asks', zhHant: '要求' },
      { en: 'intent: a + b (+1.2)', zhHant: null },
    ];
    const chinese = shown('zh-Hant', ['a', 'b'], texts);
    expect(chinese?.textContent).toBe('要求；intent: a + b (+1.2)');
    expect(chinese?.querySelector('[lang]')?.outerHTML).toBe('<span lang="en">intent: a + b (+1.2)</span>');
    const english = shown('en', ['a', 'b'], texts);
    expect(english?.textContent).toBe('asks; intent: a + b (+1.2)');
    expect(english?.querySelector('[lang]')).toBeNull();
  });
});
