import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { commonMessages, useMessages } from '../i18n/index.ts';
import { ProblemError } from '../lib/problem.ts';
import { Page } from './page.tsx';
import { ProblemMessage } from './problem-message.tsx';

/**
 * Renders a query's three states: loading (announced politely; `data-loading` tells bench:console and
 * the end-to-end tests the page is not usable yet), failed, or its data. A record that is not there
 * (404: a mistyped or old address, or another department's) is said so, with no "Try again" that
 * could never work. `asPage`: the query is the page's own record, drawn by `children` with its
 * heading; a failure then gets a page of its own (a heading, a way back) instead of a bare message.
 */
export function QueryView<T>({
  query,
  asPage = false,
  children,
}: {
  query: UseQueryResult<T>;
  asPage?: boolean;
  children: (data: T) => ReactNode;
}) {
  const t = useMessages(commonMessages);
  if (query.isPending) {
    return (
      <p className="muted" role="status" data-loading>
        {t('loading')}
      </p>
    );
  }
  if (query.isError) {
    const notFound = query.error instanceof ProblemError && query.error.problem.status === 404;
    const message = notFound ? (
      <p role="alert">{t('recordNotFound')}</p>
    ) : (
      <ProblemMessage error={query.error} onRetry={() => void query.refetch()} />
    );
    if (!asPage) return message;
    return (
      <Page title={t(notFound ? 'recordNotFoundTitle' : 'errorTitle')}>
        {message}
        <p>
          <Link to="/">{t('backToDashboard')}</Link>
        </p>
      </Page>
    );
  }
  return <>{children(query.data)}</>;
}
