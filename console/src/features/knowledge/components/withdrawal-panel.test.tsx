// @vitest-environment happy-dom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { I18nProvider, type Locale } from '../../../i18n/index.ts';
import { CurrentUserProvider, type SignedIn } from '../../../lib/current-user.tsx';
import type { SourceDetail } from '../api/knowledge.ts';
import { WithdrawalPanel } from './withdrawal-panel.tsx';

/** A source an editor asked to withdraw, with a reason in English. */
const SOURCE = {
  id: 's-1',
  title: 'dog-licence-faq',
  publishedVersion: 2,
  withdrawnAt: null,
  withdrawalRequestedAt: '2026-12-01T02:00:00Z',
  withdrawalRequestedBy: 'u-1',
  withdrawalReason: 'The licence fee changes next month.',
} as SourceDetail['source'];

const show = (locale: Locale) => {
  const me = { user: { id: 'u-3', displayName: '陳大文' }, department: {}, permissions: [] } as unknown as SignedIn;
  render(
    <QueryClientProvider client={new QueryClient()}>
      <I18nProvider initial={locale}>
        <CurrentUserProvider me={me}>
          <WithdrawalPanel source={SOURCE} people={{ 'u-1': '李小明' }} />
        </CurrentUserProvider>
      </I18nProvider>
    </QueryClientProvider>,
  );
};

afterEach(cleanup);

describe('a withdrawal asked for', () => {
  it('reads the editor’s English reason as English in the Chinese console', () => {
    show('zh-Hant');
    const reason = screen.getByText('The licence fee changes next month.');
    expect(reason.getAttribute('lang')).toBe('en');
    expect(reason.parentElement?.textContent).toMatch(/^李小明 於 .+ 申請撤回：The licence fee changes next month\.$/);
  });
});
