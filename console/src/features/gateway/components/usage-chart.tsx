import { ChartNumbers, LazyDayBars } from '../../../components/index.ts';
import { useI18n, useMessages } from '../../../i18n/index.ts';
import type { Usage } from '../api/gateway.ts';
import { gatewayMessages } from '../messages.ts';
import { usageByDay } from '../usage-by-day.ts';

const hkDay = (date: string) => new Date(`${date}T00:00:00+08:00`);

/** Model calls per day (answered, refused, failed stacked) with the table of the same numbers. */
export function UsageChart({ usage, days }: { usage: Usage; days: number }) {
  const t = useMessages(gatewayMessages);
  const { format } = useI18n();
  const perDay = usageByDay(usage).map((day) => ({
    ...day,
    ok: day.calls - day.refused - day.errors,
    label: format.date(hkDay(day.date)),
  }));
  if (usage.totals.calls === 0) return <p className="muted">{t('noUsage')}</p>;
  const summary = t('usageChartSummary', {
    days,
    calls: format.number(usage.totals.calls),
    refused: format.number(usage.totals.refused),
    errors: format.number(usage.totals.errors),
    tokens: format.number(usage.totals.totalTokens),
  });
  return (
    <>
      <div className="chart" role="img" aria-label={summary}>
        <LazyDayBars
          rows={perDay}
          height={240}
          series={[
            { key: 'ok', name: t('succeeded'), colour: '#0b57a3' },
            { key: 'refused', name: t('refused'), colour: '#8a5a00' },
            { key: 'errors', name: t('errors'), colour: '#a4161a' },
          ]}
        />
      </div>
      <ChartNumbers summary={t('dailyNumbers')}>
        {() => (
          <table className="data">
            <caption id="usage-table-caption">{t('usageCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('date')}</th>
                <th scope="col" className="number">
                  {t('calls')}
                </th>
                <th scope="col" className="number">
                  {t('refused')}
                </th>
                <th scope="col" className="number">
                  {t('errors')}
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
                  <td className="number">{format.number(day.refused)}</td>
                  <td className="number">{format.number(day.errors)}</td>
                  <td className="number">{format.number(day.tokens)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </ChartNumbers>
    </>
  );
}
