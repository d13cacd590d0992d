// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { I18nProvider, type Locale } from '../../../i18n/index.ts';
import { ItemReason, type ItemReasonView } from './item-reason.tsx';

const CITED: ItemReasonView = {
  reasonCode: 'cited_expected',
  reasonText: { en: 'cited the expected entry', zhHant: '引用了預期的條目' },
};
/** An item stored before reason codes: its English words in both. */
const OLD: ItemReasonView = {
  reasonCode: null,
  reasonText: { en: 'declined (blocked)', zhHant: 'declined (blocked)' },
};

const show = (locale: Locale, item: ItemReasonView) =>
  render(
    <I18nProvider initial={locale}>
      <p data-testid="reason">
        <ItemReason item={item} />
      </p>
    </I18nProvider>,
  );

describe('an evaluation item’s reason', () => {
  afterEach(cleanup);

  it('reads in 繁體中文 when the officer chose Chinese, and in English otherwise', () => {
    show('zh-Hant', CITED);
    expect(screen.getByTestId('reason').textContent).toBe('引用了預期的條目');
    cleanup();
    show('en', CITED);
    expect(screen.getByTestId('reason').textContent).toBe('cited the expected entry');
  });

  it('shows an item stored before reason codes in its English words, marked as English', () => {
    show('zh-Hant', OLD);
    const words = screen.getByText('declined (blocked)');
    expect(words.getAttribute('lang')).toBe('en');
  });
});
