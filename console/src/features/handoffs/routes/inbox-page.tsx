import { useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import { Page, QueryView, Section } from '../../../components/index.ts';
import { useI18n, useMessages } from '../../../i18n/index.ts';
import { agentsQuery, casesQuery, inboxView, PAGE_SIZE, type View } from '../api/handoffs-api.ts';
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
  const go = (next: { view?: View; page?: number }) => {
    const nextView = next.view ?? view;
    const nextPage = next.page ?? 0;
    setParams({ ...(nextView === 'open' ? {} : { view: nextView }), ...(nextPage ? { page: String(nextPage) } : {}) });
  };
  return (
    <Page title={t('inboxTitle')} description={t('inboxIntro')}>
      <ViewFilter value={view} onChange={(next) => go({ view: next })} />
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
