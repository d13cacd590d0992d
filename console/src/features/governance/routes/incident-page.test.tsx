// @vitest-environment happy-dom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { I18nProvider, type Locale } from '../../../i18n/index.ts';
import { CurrentUserProvider, type SignedIn } from '../../../lib/current-user.tsx';
import { type Incident, incidentQuery } from '../api/accountability-api.ts';
import { applicationsQuery } from '../api/catalogue-api.ts';
import IncidentPage from './incident-page.tsx';

const INCIDENT: Incident = {
  id: 'inc-1',
  departmentId: 'dept-1',
  title: 'Bot quoted an expired fee',
  description: 'The bot told citizens the old licence fee of HK$60.',
  applicationIds: ['app-1', 'app-2', 'app-3'],
  severity: 'medium',
  source: 'person',
  sourceDetail: {},
  status: 'closed',
  step: 'recover',
  suspends: false,
  reportedBy: 'u-1',
  openedAt: '2026-12-01T02:00:00Z',
  closedAt: '2026-12-02T02:00:00Z',
  closedBy: 'u-2',
  createdAt: '2026-12-01T02:00:00Z',
  updatedAt: '2026-12-02T02:00:00Z',
  timeline: [
    {
      id: 't1',
      actor: 'u-1',
      createdAt: '2026-12-01T03:00:00Z',
      kind: 'note',
      step: 'contain',
      note: 'FAQ entry withdrawn until the fee is corrected.',
    },
    { id: 't2', actor: 'u-2', createdAt: '2026-12-01T04:00:00Z', kind: 'note', step: 'recover', note: '已更正收費。' },
  ],
};

const APPLICATIONS = [
  { id: 'app-1', name: { en: 'Licence bot', zhHant: '牌照機械人' } },
  { id: 'app-2', name: { en: 'Photo check', zhHant: '相片檢查' } },
  { id: 'app-3', name: { en: 'Fee calculator', zhHant: '收費計算' } },
];

const show = (locale: Locale) => {
  const client = new QueryClient({
    defaultOptions: { queries: { staleTime: Number.POSITIVE_INFINITY, retry: false } },
  });
  client.setQueryData(incidentQuery(INCIDENT.id).queryKey, INCIDENT);
  client.setQueryData(applicationsQuery.queryKey, APPLICATIONS as never);
  const me = { user: { id: 'u-3' }, department: {}, permissions: ['governance:read'] } as unknown as SignedIn;
  render(
    <QueryClientProvider client={client}>
      <I18nProvider initial={locale}>
        <CurrentUserProvider me={me}>
          <MemoryRouter initialEntries={[`/governance/incidents/${INCIDENT.id}`]}>
            <Routes>
              <Route path="/governance/incidents/:id" element={<IncidentPage />} />
            </Routes>
          </MemoryRouter>
        </CurrentUserProvider>
      </I18nProvider>
    </QueryClientProvider>,
  );
};

const langOf = (text: string) => screen.getByText(text).closest('[lang]')?.getAttribute('lang');

afterEach(cleanup);

describe('an incident’s page', () => {
  it('reads the officers’ English description and notes as English in the Chinese console, the Chinese note as the page', () => {
    show('zh-Hant');
    expect(langOf('The bot told citizens the old licence fee of HK$60.')).toBe('en');
    expect(langOf('FAQ entry withdrawn until the fee is corrected.')).toBe('en');
    expect(langOf('已更正收費。')).toBe('zh-Hant-HK');
  });

  it('names the applications as a list in the officer’s language', () => {
    show('zh-Hant');
    const links = screen.getByRole('link', { name: '牌照機械人' }).parentElement;
    expect(links?.textContent).toBe('牌照機械人、相片檢查及收費計算');
    cleanup();
    show('en');
    expect(screen.getByRole('link', { name: 'Licence bot' }).parentElement?.textContent).toBe(
      'Licence bot, Photo check and Fee calculator',
    );
  });
});
