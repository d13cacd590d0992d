// @vitest-environment happy-dom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { I18nProvider, type Locale } from '../../../i18n/index.ts';
import { CurrentUserProvider, type SignedIn } from '../../../lib/current-user.tsx';
import { type AuditEntry, actorsQuery, auditEntriesQuery } from '../api/audit-api.ts';
import { EMPTY_FILTER } from '../api/audit-filter.ts';
import { AuditTable } from './audit-table.tsx';

const PERSON = '0b6f3f52-4f0e-4c8e-9a59-0d3c6f1f2a10';

const entry = (seq: number, fields: Partial<AuditEntry>): AuditEntry =>
  ({
    seq,
    at: '2026-12-05T02:30:00.000Z',
    actorId: 'system',
    actorRole: 'system',
    departmentId: null,
    action: 'user.create',
    entityType: 'user',
    entityId: null,
    before: null,
    after: null,
    requestId: null,
    prevHash: '0'.repeat(64),
    hash: '1'.repeat(64),
    ...fields,
  }) as AuditEntry;

const ENTRIES = [
  entry(3, { action: 'bot.clone', entityType: 'robot', entityId: 'dog-licence' }),
  entry(2, { action: 'knowledge.publish', entityType: 'knowledge_version', entityId: 'v-17' }),
  entry(1, { action: 'user.create', entityType: 'user', entityId: PERSON }),
];

/** The table drawn from answers already in the cache, as after a search: nothing is fetched. */
const show = (locale: Locale) => {
  const client = new QueryClient({
    defaultOptions: { queries: { staleTime: Number.POSITIVE_INFINITY, retry: false } },
  });
  client.setQueryData(auditEntriesQuery(EMPTY_FILTER).queryKey, {
    pages: [{ items: ENTRIES, nextCursor: null }],
    pageParams: [0],
  });
  client.setQueryData(actorsQuery(undefined).queryKey, [{ id: PERSON, displayName: 'Wong Siu Ming' }] as never);
  const me = { user: { id: 'u-1' }, department: {}, permissions: ['audit:read', 'user:read'] } as unknown as SignedIn;
  render(
    <QueryClientProvider client={client}>
      <I18nProvider initial={locale}>
        <CurrentUserProvider me={me}>
          <MemoryRouter>
            <AuditTable filter={EMPTY_FILTER} search="" />
          </MemoryRouter>
        </CurrentUserProvider>
      </I18nProvider>
    </QueryClientProvider>,
  );
};

/** Each row's action and entity cells: the words, then the code line beneath. */
const rows = () =>
  within(screen.getByRole('table'))
    .getAllByRole('row')
    .slice(1)
    .map((row) => {
      const [, action, entity] = within(row).getAllByRole('cell');
      return { action: action?.textContent, entity: entity?.textContent };
    });

afterEach(cleanup);

describe('the audit entries table', () => {
  it('says each action and entity type in words, the code and id on the line beneath, in English', () => {
    show('en');
    expect(rows().slice(1)).toEqual([
      {
        action: 'Approved and published knowledge knowledge.publish',
        entity: 'Knowledge source version knowledge_version v-17',
      },
      { action: 'Added a person user.create', entity: `Person Wong Siu Ming user ${PERSON}` },
    ]);
    const codes = [...screen.getByRole('table').querySelectorAll('.audit-code-line code')].map((c) => c.textContent);
    expect(codes).toEqual(['knowledge.publish', 'knowledge_version', 'user.create', 'user']);
  });

  it('says them in 繁體中文', () => {
    show('zh-Hant');
    expect(rows().slice(1)).toEqual([
      { action: '審批並發佈知識 knowledge.publish', entity: '知識來源版本 knowledge_version v-17' },
      { action: '新增人員 user.create', entity: `人員 Wong Siu Ming user ${PERSON}` },
    ]);
  });

  it('shows a code it has no words for as the code itself, once, never a blank', () => {
    show('zh-Hant');
    const [newest] = rows();
    expect(newest).toEqual({ action: 'bot.clone', entity: 'robot dog-licence' });
    const row = within(screen.getByRole('table')).getAllByRole('row')[1];
    const [, action, entity] = row ? within(row).getAllByRole('cell') : [];
    expect(
      [action, entity].map((cell) => [...(cell?.querySelectorAll('code') ?? [])].map((c) => c.textContent)),
    ).toEqual([['bot.clone'], ['robot']]);
  });
});
