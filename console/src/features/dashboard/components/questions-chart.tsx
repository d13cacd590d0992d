import { useI18n, useMessages } from '../../../i18n/index.ts';
import type { DepartmentAnalytics } from '../api/dashboard.ts';
import { hkDay } from '../hk-day.ts';
import { dashboardMessages } from '../messages.ts';
import { ChartNumbers, LazyDayBars } from '../../../components/index.ts';

/** Bar colours with at least 3:1 contrast on white; the legend and the table say the same in words. */
export const OUTCOME_COLOURS = {
  answered: '#1b6e3a',
  fallback: '#8a5a00',
  blocked: '#a4161a',
  handoff: '#0b57a3',
} as const;

/** Every outcome a question counts under: the bars of a day add up to its questions. */
const OUTCOMES = ['answered', 'fallback', 'blocked', 'handoff'] as const;

/**
 * Questions per day, stacked by outcome, with the table of the same numbers under it. The chart is
 * one image to assistive technology (`role="img"`, its summary as the label); the table is the data.
 */
export function QuestionsChart({ data }: { data: DepartmentAnalytics }) {
  const t = useMessages(dashboardMessages);
  const { format } = useI18n();
  const days = data.perDay.map((day) => ({ ...day, label: format.date(hkDay(day.date)) }));
  const summary = t('questionsChartSummary', {
    days: data.days,
    questions: format.number(data.questions),
    answered: format.number(data.outcomes.answered),
    fallback: format.number(data.outcomes.fallback),
    blocked: format.number(data.outcomes.blocked),
    handoff: format.number(data.outcomes.handoff),
  });
  return (
    <>
      <div className="chart" role="img" aria-label={summary}>
        <LazyDayBars
          rows={days}
          height={260}
          series={OUTCOMES.map((outcome) => ({
            key: outcome,
            name: t(outcome),
            colour: OUTCOME_COLOURS[outcome],
          }))}
        />
      </div>
      <ChartNumbers summary={t('dailyNumbers')}>
        {() => (
          <table className="data">
            <caption id="questions-table-caption">{t('questionsTableCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('date')}</th>
                <th scope="col" className="number">
                  {t('questions')}
                </th>
                <th scope="col" className="number">
                  {t('answered')}
                </th>
                <th scope="col" className="number">
                  {t('fallback')}
                </th>
                <th scope="col" className="number">
                  {t('blocked')}
                </th>
                <th scope="col" className="number">
                  {t('handoff')}
                </th>
              </tr>
            </thead>
            <tbody>
              {[...days].reverse().map((day) => (
                <tr key={day.date}>
                  <th scope="row">{day.label}</th>
                  <td className="number">{format.number(day.questions)}</td>
                  <td className="number">{format.number(day.answered)}</td>
                  <td className="number">{format.number(day.fallback)}</td>
                  <td className="number">{format.number(day.blocked)}</td>
                  <td className="number">{format.number(day.handoff)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </ChartNumbers>
    </>
  );
}
