import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { Page, QueryView, Section } from '../../../components/index.ts';
import { useI18n, useMessages } from '../../../i18n/index.ts';
import { agentsQuery, casesQuery, inboxView, PAGE_SIZE, useQueueWatch, type View } from '../api/handoffs-api.ts';
import { CasesTable } from '../components/cases-table.tsx';
import { Pager } from '../components/pager.tsx';
import { VIEW_LABEL, ViewFilter } from '../components/view-filter.tsx';
import { handoffMessages } from '../messages.ts';

/**
 * The queue: one view (open, overdue, mine, referred) a page at a time, due soonest first. The view
 * and page live in the address, so a link or the back button brings the officer to the same place.
 */
export default function InboxPage() {
  const t = useMessages(handoffMessages);
  const { format } = useI18n();
  const [params, setParams] = useSearchParams();
  const { view, page } = inboxView(params);
  const cases = useQuery(casesQuery(view, page));
  const agents = useQuery(agentsQuery);
  useQueueWatch(view, page);
  const arrived = useArrivals(view, cases.isPlaceholderData ? undefined : cases.data?.total);
  const go = (next: { view?: View; page?: number }) => {
    const nextView = next.view ?? view;
    const nextPage = next.page ?? 0;
    setParams({ ...(nextView === 'open' ? {} : { view: nextView }), ...(nextPage ? { page: String(nextPage) } : {}) });
  };
  return (
    <Page title={t('inboxTitle')} description={t('inboxIntro')}>
      <ViewFilter value={view} onChange={(next) => go({ view: next })} />
      <div role="status">
        {arrived ? (
          <p className="notice">
            {t('casesArrived', { count: format.number(arrived.count), total: format.number(arrived.total) })}
          </p>
        ) : null}
      </div>
      <Section id="handoff-cases" title={t(VIEW_LABEL[view])}>
        <QueryView query={cases}>
          {(data) =>
            data.items.length === 0 ? (
              <p role="status">{t('noCases')}</p>
            ) : (
              <>
                <CasesTable
                  items={data.items}
                  agents={agents.data}
                  busy={cases.isPlaceholderData}
                  caption={t('casesCaption', { view: t(VIEW_LABEL[view]), count: format.number(data.total) })}
                />
                <Pager page={page} pageSize={PAGE_SIZE} total={data.total} onPage={(next) => go({ page: next })} />
              </>
            )
          }
        </QueryView>
      </Section>
    </Page>
  );
}

/**
 * How many cases joined the view while the inbox stayed open — its total now beyond the fewest it
 * showed since the view was opened (cases the officer closes meanwhile do not hide new ones): said in
 * a status line, since new rows appear without the officer doing anything.
 */
function useArrivals(view: View, total: number | undefined): { count: number; total: number } | null {
  const [fewest, setFewest] = useState<{ view: View; total: number } | null>(null);
  if (total !== undefined && (fewest === null || fewest.view !== view || total < fewest.total))
    setFewest({ view, total });
  if (total === undefined || fewest === null || fewest.view !== view || total <= fewest.total) return null;
  return { count: total - fewest.total, total };
}
