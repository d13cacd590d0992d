// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { I18nProvider, type Locale } from '../../../i18n/index.ts';
import type { FacetChoice } from '../api/facet-choices.ts';
import { FacetSelect } from './facet-select.tsx';

const COUNTS: FacetChoice[] = [
  { code: 'api_key.revoke', count: 1 },
  { code: 'user.create', count: 12_345 },
];

const show = (value: string, counts: FacetChoice[] | undefined = COUNTS, locale: Locale = 'en') => {
  const onChange = vi.fn<(code: string) => void>();
  render(
    <I18nProvider initial={locale}>
      <FacetSelect
        label="Action"
        description="Actions"
        anyLabel="Any action"
        counts={counts}
        value={value}
        onChange={onChange}
      />
    </I18nProvider>,
  );
  return onChange;
};

/** The select's button (its accessible name is the value, then the label). */
const button = () => screen.getByRole('button');
const options = async () => {
  await act(async () => fireEvent.click(button()));
  return within(screen.getByRole('listbox'))
    .getAllByRole('option')
    .map((option) => option.textContent);
};

afterEach(cleanup);

describe('the action select', () => {
  it('offers "any", then each action with its count in Hong Kong number format, English plurals', async () => {
    show('');
    expect(button().textContent).toContain('Any action');
    expect(await options()).toEqual(['Any action', 'api_key.revoke (1 entry)', 'user.create (12,345 entries)']);
  });

  it('counts in 繁體中文', async () => {
    show('user.create', COUNTS, 'zh-Hant');
    expect(button().textContent).toContain('user.create（12,345 項記錄）');
  });

  it('shows and keeps a code from the address the trail does not hold', async () => {
    show('user.crate');
    expect(button().textContent).toContain('user.crate (0 entries)');
    expect(await options()).toContain('user.crate (0 entries)');
  });

  it('shows the code from the address while the counts are on their way', () => {
    show('user.create', undefined);
    expect(button().textContent).toContain('user.create');
  });

  it('answers the code chosen, and "" for any', async () => {
    const onChange = show('user.create');
    await options();
    await act(async () => fireEvent.click(screen.getByRole('option', { name: 'api_key.revoke (1 entry)' })));
    expect(onChange).toHaveBeenLastCalledWith('api_key.revoke');
    await options();
    await act(async () => fireEvent.click(screen.getByRole('option', { name: 'Any action' })));
    expect(onChange).toHaveBeenLastCalledWith('');
  });
});
