// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { I18nProvider, type Locale } from '../i18n/index.ts';
import { DateField } from './date-field.tsx';

let seen = '';

function Form({ initial }: { initial: string }) {
  const [value, setValue] = useState(initial);
  seen = value;
  return (
    <DateField
      label="Expires on"
      value={value}
      onChange={(next) => {
        seen = next;
        setValue(next);
      }}
    />
  );
}

const show = (locale: Locale, initial = '') =>
  render(
    <I18nProvider initial={locale}>
      <Form initial={initial} />
    </I18nProvider>,
  );

/** The editable parts of the date, in the order a keyboard reaches them. */
const segments = () => screen.getAllByRole('spinbutton');

afterEach(cleanup);

describe('the date field', () => {
  it.each([
    ['en', ['day', 'month', 'year']],
    ['zh-Hant', ['日', '月', '年']],
  ] as const)('orders day, month and year as Hong Kong writes them (5/12/2026), named in %s', (locale, names) => {
    show(locale, '2026-12-05');
    expect(segments().map((segment) => segment.textContent)).toEqual(['5', '12', '2026']);
    expect(segments().map((segment) => segment.getAttribute('aria-label')?.split(',')[0])).toEqual(names);
  });

  it('gives the API the day typed, as YYYY-MM-DD, and steps a segment with the arrow keys', () => {
    show('en', '2026-12-05');
    const [day] = segments();
    if (!day) throw new Error('no day segment');
    fireEvent.keyDown(day, { key: 'ArrowUp' });
    expect(seen).toBe('2026-12-06');
  });

  it('stays empty, and shows no invented date, when there is no value', () => {
    show('en');
    expect(seen).toBe('');
    expect(segments().map((segment) => segment.textContent)).not.toContain('2026');
  });
});
