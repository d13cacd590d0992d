import { useI18n, useMessages } from '../../../i18n/index.ts';
import type { DepartmentAnalytics } from '../api/dashboard.ts';
import { shareOf } from '../hk-day.ts';
import { dashboardMessages } from '../messages.ts';
import { ShareBar } from './share-bar.tsx';

/** Helpful / not helpful ratings, each with its share of the ratings and a small bar. */
export function FeedbackTable({ data }: { data: DepartmentAnalytics }) {
  const t = useMessages(dashboardMessages);
  const { format } = useI18n();
  const rated = data.feedback.up + data.feedback.down;
  const rows = [
    { key: 'up', label: t('helpful'), value: data.feedback.up, tone: 'ok' as const },
    { key: 'down', label: t('notHelpful'), value: data.feedback.down, tone: 'danger' as const },
  ];
  return (
    <table className="data">
      <caption>{t('feedbackTableCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('rating')}</th>
          <th scope="col" className="number">
            {t('count')}
          </th>
          <th scope="col">{t('shareOfRatings')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => {
          const share = shareOf(row.value, rated);
          return (
            <tr key={row.key} data-rating={row.key}>
              <th scope="row">{row.label}</th>
              <td className="number">{format.number(row.value)}</td>
              <td>
                <span className="share">
                  <span className="share-text">{share === null ? t('noRatings') : format.percent(share)}</span>
                  <ShareBar share={share} tone={row.tone} />
                </span>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
