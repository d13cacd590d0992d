// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { I18nProvider, type Locale } from '../../../i18n/index.ts';
import type { FacetChoice } from '../api/facet-choices.ts';
import { type CodeWords, useCodeWords } from './code-words.ts';
import { FacetSelect } from './facet-select.tsx';

const COUNTS: FacetChoice[] = [
  { code: 'api_key.revoke', count: 1 },
  { code: 'user.create', count: 12_345 },
];

/** The select as the search form makes it: the action or entity-type select, with the console's words. */
function Facet({
  kind,
  counts,
  value,
  onChange,
}: {
  kind: keyof CodeWords;
  counts: FacetChoice[] | undefined;
  value: string;
  onChange: (code: string) => void;
}) {
  const words = useCodeWords();
  return (
    <FacetSelect
      label={kind === 'action' ? 'Action' : 'Entity type'}
      description="What the trail holds"
      anyLabel={kind === 'action' ? 'Any action' : 'Any entity type'}
      counts={counts}
      wordsFor={words[kind]}
      value={value}
      onChange={onChange}
    />
  );
}

const show = (
  value: string,
  counts: FacetChoice[] | undefined = COUNTS,
  locale: Locale = 'en',
  kind: keyof CodeWords = 'action',
) => {
  const onChange = vi.fn<(code: string) => void>();
  render(
    <I18nProvider initial={locale}>
      <Facet kind={kind} counts={counts} value={value} onChange={onChange} />
    </I18nProvider>,
  );
  return onChange;
};

/** The select's button (its accessible name is the value, then the label). */
const button = () => screen.getByRole('button');
const open = async () => {
  await act(async () => fireEvent.click(button()));
  return within(screen.getByRole('listbox')).getAllByRole('option');
};
/** Each option's name (its words and count) and, apart, its secondary text (the code). */
const described = (option: HTMLElement) => {
  const detail = option.querySelector('.select-field-detail');
  const name = option.textContent ?? '';
  return {
    name: detail ? name.slice(0, name.lastIndexOf(detail.textContent ?? '')).trim() : name,
    code: detail?.textContent ?? null,
  };
};

afterEach(cleanup);

describe('the action select', () => {
  it('offers "any", then each action in words with its count (Hong Kong numbers, English plurals), its code beneath', async () => {
    show('');
    expect(button().textContent).toContain('Any action');
    expect((await open()).map(described)).toEqual([
      { name: 'Any action', code: null },
      { name: 'Revoked an API key (1 entry)', code: 'api_key.revoke' },
      { name: 'Added a person (12,345 entries)', code: 'user.create' },
    ]);
  });

  it('shows the chosen action in words and its code, in 繁體中文', () => {
    show('user.create', COUNTS, 'zh-Hant');
    expect(button().textContent).toContain('新增人員（12,345 項記錄）');
    expect(button().textContent).toContain('user.create');
  });

  it('shows and keeps a code from the address the trail does not hold, as the code, no words invented', async () => {
    show('user.crate');
    expect(button().textContent).toContain('user.crate (0 entries)');
    expect((await open()).map(described)).toContainEqual({ name: 'user.crate (0 entries)', code: null });
  });

  it('offers an action the console has no words for (a newer server) as its code, never blank', async () => {
    show('', [{ code: 'bot.clone', count: 3 }, ...COUNTS], 'zh-Hant');
    expect((await open()).map(described)).toContainEqual({ name: 'bot.clone（3 項記錄）', code: null });
  });

  it('shows the action from the address while the counts are on their way', () => {
    show('user.create', undefined);
    expect(button().textContent).toContain('Added a person');
    expect(button().textContent).toContain('user.create');
  });

  it('moves to an action when its code is typed, as people search the trail by code', async () => {
    show('');
    await open();
    const listbox = screen.getByRole('listbox');
    await act(async () => {
      for (const key of 'user') fireEvent.keyDown(document.activeElement ?? listbox, { key });
    });
    const focused = listbox.querySelector('[role="option"][data-focused]');
    expect(focused && described(focused as HTMLElement)).toEqual({
      name: 'Added a person (12,345 entries)',
      code: 'user.create',
    });
  });

  it('answers the code chosen, and "" for any', async () => {
    const onChange = show('user.create');
    await open();
    await act(async () =>
      fireEvent.click(screen.getByRole('option', { name: 'Revoked an API key (1 entry) api_key.revoke' })),
    );
    expect(onChange).toHaveBeenLastCalledWith('api_key.revoke');
    await open();
    await act(async () => fireEvent.click(screen.getByRole('option', { name: 'Any action' })));
    expect(onChange).toHaveBeenLastCalledWith('');
  });
});

describe('the entity-type select', () => {
  it('names each entity type in words, in both languages, with its code', async () => {
    const counts = [
      { code: 'ai_application', count: 2 },
      { code: 'knowledge_version', count: 1 },
    ];
    show('', counts, 'zh-Hant', 'entityType');
    expect((await open()).map(described).slice(1)).toEqual([
      { name: '人工智能應用（2 項記錄）', code: 'ai_application' },
      { name: '知識來源版本（1 項記錄）', code: 'knowledge_version' },
    ]);
    cleanup();
    show('ai_application', counts, 'en', 'entityType');
    expect(button().textContent).toContain('AI application (2 entries)');
  });
});
