import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { commonMessages, useMessages } from '../i18n/index.ts';
import { ProblemMessage } from './problem-message.tsx';

/**
 * Renders a query's three states: loading (announced politely; `data-loading` tells bench:console and
 * the end-to-end tests the page is not usable yet), failed (with retry), or its data.
 */
export function QueryView<T>({ query, children }: { query: UseQueryResult<T>; children: (data: T) => ReactNode }) {
  const t = useMessages(commonMessages);
  if (query.isPending) {
    return (
      <p className="muted" role="status" data-loading>
        {t('loading')}
      </p>
    );
  }
  if (query.isError) return <ProblemMessage error={query.error} onRetry={() => void query.refetch()} />;
  return <>{children(query.data)}</>;
}
