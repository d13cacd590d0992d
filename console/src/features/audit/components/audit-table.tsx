import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { Button } from 'react-aria-components';
import { Link } from 'react-router';
import { ProblemMessage, Section } from '../../../components/index.ts';
import { commonMessages, useI18n, useMessages } from '../../../i18n/index.ts';
import { useCurrentUser } from '../../../lib/current-user.tsx';
import { actorsQuery, auditEntriesQuery } from '../api/audit-api.ts';
import type { AuditFilter } from '../api/audit-filter.ts';
import { auditMessages } from '../messages.ts';
import { useCodeWords } from './code-words.ts';
import './audit.css';

/** The matching entries, newest first; older pages follow the server's `nextCursor`. */
export function AuditTable({ filter, search }: { filter: AuditFilter; search: string }) {
  const t = useMessages(auditMessages);
  const common = useMessages(commonMessages);
  const { format } = useI18n();
  const words = useCodeWords();
  const entries = useInfiniteQuery(auditEntriesQuery(filter));
  // Actors by name where the caller may read people (everyone who may read the audit may, today).
  const actors = useQuery({
    ...actorsQuery(filter.departmentId || undefined),
    enabled: useCurrentUser().can('user:read'),
  });
  const names = new Map((actors.data ?? []).map((user) => [user.id, user.displayName]));
  const items = entries.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <Section id="audit-entries" title={t('resultsTitle')}>
      {entries.isPending ? (
        <p className="muted" role="status">
          {common('loading')}
        </p>
      ) : entries.isError && items.length === 0 ? (
        <ProblemMessage error={entries.error} onRetry={() => void entries.refetch()} />
      ) : (
        <>
          <p role="status" className="muted">
            {items.length === 0 ? t('noEntries') : t('resultCount', { count: format.number(items.length) })}
          </p>
          {items.length > 0 ? (
            <table className="data">
              <caption>{t('tableCaption', { count: format.number(items.length) })}</caption>
              <thead>
                <tr>
                  <th scope="col" className="number">
                    {t('seq')}
                  </th>
                  <th scope="col">{t('at')}</th>
                  <th scope="col">{t('action')}</th>
                  <th scope="col">{t('entity')}</th>
                  <th scope="col">{t('actor')}</th>
                  <th scope="col">{common('actions')}</th>
                </tr>
              </thead>
              <tbody>
                {items.map((entry) => (
                  <tr key={entry.seq}>
                    <th scope="row" className="number">
                      {entry.seq}
                    </th>
                    <td>{format.dateTime(entry.at)}</td>
                    <td>
                      <InWords words={words.action(entry.action)} code={entry.action} />
                    </td>
                    <td>
                      <InWords
                        words={words.entityType(entry.entityType)}
                        code={entry.entityType}
                        // A person is named as the actors are; the id stays, as the entry has it.
                        name={entry.entityType === 'user' && entry.entityId ? names.get(entry.entityId) : undefined}
                        id={entry.entityId}
                      />
                    </td>
                    <td>
                      {names.get(entry.actorId) ?? <code>{entry.actorId}</code>}{' '}
                      <span className="muted">({entry.actorRole})</span>
                    </td>
                    <td>
                      <Link to={`${entry.seq}${search}`} aria-label={t('openEntry', { seq: entry.seq })}>
                        {t('open')}
                      </Link>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
          {entries.isFetchNextPageError ? <ProblemMessage error={entries.error} /> : null}
          <div className="audit-more">
            {entries.hasNextPage ? (
              <Button
                className="button"
                isPending={entries.isFetchingNextPage}
                onPress={() => void entries.fetchNextPage()}
              >
                {entries.isFetchingNextPage ? t('loadingMore') : t('loadMore')}
              </Button>
            ) : items.length > 0 ? (
              <span className="muted">{t('noMore')}</span>
            ) : null}
          </div>
        </>
      )}
    </Section>
  );
}

/**
 * A code of the entry in words (an entity's with the person it names), then on a line beneath what is
 * technical: the code, which people search the trail by, and the entity's id. A code the console has
 * no words for is shown as the code, where the words would be.
 */
function InWords({
  words,
  code,
  name,
  id,
}: {
  words: string | null;
  code: string;
  name?: string | undefined;
  id?: string | null;
}) {
  return (
    <>
      {words ?? <code>{code}</code>}
      {name ? ` ${name}` : null}
      {words !== null || id ? (
        <>
          {' '}
          <span className="audit-code-line">
            {words !== null ? <code>{code}</code> : null}
            {words !== null && id ? ' ' : null}
            {id ? <span className="muted">{id}</span> : null}
          </span>
        </>
      ) : null}
    </>
  );
}
