import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import { DepartmentPicker, Page, QueryView, Section } from '../../../components/index.ts';
import { commonMessages, useI18n, useMessages } from '../../../i18n/index.ts';
import { useCurrentUser } from '../../../lib/current-user.tsx';
import { dashboardView, departmentAnalyticsQuery, departmentsQuery } from '../api/dashboard.ts';
import { FeedbackTable } from '../components/feedback-table.tsx';
import { HandoffsTable } from '../components/handoffs-table.tsx';
import { OutcomesTable } from '../components/outcomes-table.tsx';
import { PeriodPicker } from '../components/period-picker.tsx';
import { QuestionsChart } from '../components/questions-chart.tsx';
import { SummaryFigures } from '../components/summary-figures.tsx';
import { UsageSection } from '../components/usage-section.tsx';
import { dashboardMessages } from '../messages.ts';
import '../dashboard.css';

/**
 * The console's home page: a department's questions, outcomes, handoffs, feedback and model usage
 * over 7, 30 or 90 days, from one aggregated call. The period and (for platform admins) the
 * department are in the address, so a view can be bookmarked and shared.
 */
function DashboardPage() {
  const t = useMessages(dashboardMessages);
  const common = useMessages(commonMessages);
  const { locale } = useI18n();
  const me = useCurrentUser();
  const platformAdmin = me.user.roles.includes('platform_admin');
  const [params, setParams] = useSearchParams();
  const { departmentId, days } = dashboardView(me, params);
  const departments = useQuery({ ...departmentsQuery, enabled: platformAdmin });
  // The previous numbers stay on screen while another period or department loads (no flash of "Loading").
  const analytics = useQuery({ ...departmentAnalyticsQuery(departmentId, days), placeholderData: keepPreviousData });
  const department = departments.data?.find((d) => d.id === departmentId) ?? me.department;
  const departmentName = locale === 'en' ? department.nameEn : department.nameZh;
  const choose = (key: 'days' | 'department', value: string) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        next.set(key, value);
        return next;
      },
      { replace: true },
    );

  return (
    <Page
      title={common('navDashboard')}
      description={t('description', { department: departmentName, days })}
      actions={
        <div className="dashboard-controls">
          {platformAdmin && departments.data ? (
            <DepartmentPicker
              label={common('department')}
              departments={departments.data}
              value={departmentId}
              onChange={(id) => choose('department', id)}
            />
          ) : null}
          <PeriodPicker value={days} onChange={(next) => choose('days', String(next))} />
        </div>
      }
    >
      <QueryView query={analytics}>
        {(data) => (
          <div className="dashboard" aria-busy={analytics.isPlaceholderData}>
            <Section id="dashboard-glance" title={t('atAGlance')}>
              <SummaryFigures data={data} />
            </Section>
            <Section id="dashboard-questions" title={t('questionsPerDay')}>
              <QuestionsChart data={data} />
            </Section>
            <div className="dashboard-columns">
              <Section id="dashboard-outcomes" title={t('outcomes')}>
                <OutcomesTable data={data} />
              </Section>
              <Section id="dashboard-handoffs" title={t('handoffs')}>
                <HandoffsTable data={data} />
              </Section>
              <Section id="dashboard-feedback" title={t('feedback')}>
                <FeedbackTable data={data} />
              </Section>
            </div>
            {data.usage ? (
              <Section id="dashboard-usage" title={t('usage')}>
                <UsageSection usage={data.usage} days={data.days} dates={data.perDay.map((day) => day.date)} />
              </Section>
            ) : null}
          </div>
        )}
      </QueryView>
    </Page>
  );
}

/**
 * The dashboard is the shell's index route (`/console/`), which cannot carry the `/*` that nested
 * `<Routes>` need (react-router warns), and it has no sub-pages: it renders its one page directly.
 */
export default function DashboardRoutes() {
  return <DashboardPage />;
}
