import { useI18n, useMessages } from '../../../i18n/index.ts';
import type { DepartmentAnalytics } from '../api/dashboard.ts';
import { hkDay, shareOf } from '../hk-day.ts';
import { dashboardMessages } from '../messages.ts';
import { ChartNumbers, LazyDayBars } from '../../../components/index.ts';
import { ShareBar } from './share-bar.tsx';

type Usage = NonNullable<DepartmentAnalytics['usage']>;

/**
 * Model usage: this month's requests and tokens against the department's monthly quota (a table
 * with a small bar per row), then calls per day over the period (a chart and its table).
 */
export function UsageSection({ usage, days, dates }: { usage: Usage; days: number; dates: readonly string[] }) {
  const t = useMessages(dashboardMessages);
  const { format } = useI18n();
  const rows = [
    { key: 'requests', label: t('requests'), used: usage.month.requests, limit: usage.month.requestsLimit },
    { key: 'tokens', label: t('tokens'), used: usage.month.tokens, limit: usage.month.tokensLimit },
  ];
  // Every day of the period on the axis (the server lists only days with calls).
  const byDate = new Map(usage.perDay.map((day) => [day.date, day]));
  const perDay = dates.map((date) => ({
    date,
    calls: byDate.get(date)?.calls ?? 0,
    tokens: byDate.get(date)?.tokens ?? 0,
    label: format.date(hkDay(date)),
  }));
  const calls = usage.perDay.reduce((sum, day) => sum + day.calls, 0);
  const tokens = usage.perDay.reduce((sum, day) => sum + day.tokens, 0);
  return (
    <>
      <table className="data">
        <caption>{t('usageTableCaption', { month: usage.month.month })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('measure')}</th>
            <th scope="col" className="number">
              {t('used')}
            </th>
            <th scope="col" className="number">
              {t('quota')}
            </th>
            <th scope="col">{t('ofQuota')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const share = row.limit === null ? null : shareOf(row.used, row.limit);
            return (
              <tr key={row.key} data-usage={row.key}>
                <th scope="row">{row.label}</th>
                <td className="number">{format.number(row.used)}</td>
                <td className="number">{row.limit === null ? t('unlimited') : format.number(row.limit)}</td>
                <td>
                  {share === null ? null : (
                    <span className="share">
                      <span className="share-text">{format.percent(share)}</span>
                      <ShareBar share={share} tone={share >= 0.9 ? 'danger' : share >= 0.75 ? 'warn' : 'brand'} />
                    </span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <h3>{t('callsPerDay')}</h3>
      {calls === 0 ? (
        <p className="muted">{t('noCalls')}</p>
      ) : (
        <>
          <div
            className="chart"
            role="img"
            aria-label={t('callsChartSummary', { days, calls: format.number(calls), tokens: format.number(tokens) })}
          >
            <LazyDayBars rows={perDay} height={200} series={[{ key: 'calls', name: t('calls'), colour: '#0b57a3' }]} />
          </div>
          <ChartNumbers summary={t('dailyNumbers')}>
            {() => (
              <table className="data">
                <caption id="calls-table-caption">{t('callsTableCaption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('date')}</th>
                    <th scope="col" className="number">
                      {t('calls')}
                    </th>
                    <th scope="col" className="number">
                      {t('tokens')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {[...perDay].reverse().map((day) => (
                    <tr key={day.date}>
                      <th scope="row">{day.label}</th>
                      <td className="number">{format.number(day.calls)}</td>
                      <td className="number">{format.number(day.tokens)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </ChartNumbers>
        </>
      )}
    </>
  );
}
