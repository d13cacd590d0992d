// @vitest-environment happy-dom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { I18nProvider, type Locale } from '../../../i18n/index.ts';
import { CurrentUserProvider, type SignedIn } from '../../../lib/current-user.tsx';
import {
  type Consent,
  type ConsentRequest,
  consentRequestsQuery,
  consentsQuery,
  partiesQuery,
} from '../api/consents-api.ts';
import ConsentsPage from './consents-page.tsx';

const CONSENT: Consent = {
  id: 'c-1',
  scope: 'licence-records',
  ownerKind: 'department',
  ownerRef: 'DEMO',
  providerDepartmentId: 'dept-1',
  consumerDepartmentId: 'dept-2',
  purpose: 'eligibility checks',
  channel: 'CDEG API',
  grantedAt: '2026-12-01T02:00:00Z',
  grantedBy: 'u-1',
  expiresAt: null,
  live: false,
  requestId: 'r-1',
  revokedAt: '2026-12-03T02:00:00Z',
  revokedBy: 'u-1',
  revocationReason: 'The permit scheme has ended',
};
const REQUEST: ConsentRequest = {
  id: 'r-1',
  scope: 'licence-records',
  providerDepartmentId: 'dept-1',
  consumerDepartmentId: 'dept-2',
  purpose: 'eligibility checks',
  channel: 'CDEG API',
  justification: '核實申請人資格所需。',
  requestedBy: 'u-2',
  createdAt: '2026-11-30T02:00:00Z',
  status: 'approved',
  decidedAt: '2026-12-01T02:00:00Z',
  decidedBy: 'u-1',
  decisionNote: 'Approved for permit checks',
  consentId: 'c-1',
  expiresAt: null,
};

const show = (locale: Locale) => {
  const client = new QueryClient({
    defaultOptions: { queries: { staleTime: Number.POSITIVE_INFINITY, retry: false } },
  });
  client.setQueryData(consentsQuery.queryKey, [CONSENT]);
  client.setQueryData(consentRequestsQuery.queryKey, [REQUEST]);
  client.setQueryData(partiesQuery.queryKey, []);
  const me = {
    user: { id: 'u-3' },
    department: { id: 'dept-3' },
    permissions: ['governance:read'],
  } as unknown as SignedIn;
  render(
    <QueryClientProvider client={client}>
      <I18nProvider initial={locale}>
        <CurrentUserProvider me={me}>
          <MemoryRouter>
            <ConsentsPage />
          </MemoryRouter>
        </CurrentUserProvider>
      </I18nProvider>
    </QueryClientProvider>,
  );
};

const langsOf = (text: string) => screen.getAllByText(text).map((e) => e.closest('[lang]')?.getAttribute('lang'));

afterEach(cleanup);

describe('the consents page', () => {
  it('reads the officers’ English purpose, note and reason as English in the Chinese console, their Chinese as the page', () => {
    show('zh-Hant');
    expect(langsOf('eligibility checks')).toEqual(['en', 'en']);
    expect(langsOf('Approved for permit checks')).toEqual(['en']);
    expect(langsOf('The permit scheme has ended')).toEqual(['en']);
    expect(langsOf('核實申請人資格所需。')).toEqual(['zh-Hant-HK']);
  });

  it('reads their Chinese justification as Chinese in the English console', () => {
    show('en');
    expect(langsOf('核實申請人資格所需。')).toEqual(['zh-Hant']);
    expect(langsOf('eligibility checks')).toEqual(['en-HK', 'en-HK']);
  });
});
