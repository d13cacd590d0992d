import { useI18n, useMessages } from '../../../i18n/index.ts';
import type { DepartmentAnalytics } from '../api/dashboard.ts';
import { shareOf } from '../hk-day.ts';
import { dashboardMessages } from '../messages.ts';

/** The period's headline figures as a description list (label, then number). */
export function SummaryFigures({ data }: { data: DepartmentAnalytics }) {
  const t = useMessages(dashboardMessages);
  const { format } = useI18n();
  const rated = data.feedback.up + data.feedback.down;
  const helpful = shareOf(data.feedback.up, rated);
  const figures: Array<{ key: string; label: string; value: string; tone?: 'warn' }> = [
    { key: 'questions', label: t('questions'), value: format.number(data.questions) },
    { key: 'conversations', label: t('conversations'), value: format.number(data.conversations) },
    { key: 'answered', label: t('answeredRate'), value: format.percent(data.rates.answered) },
    { key: 'open', label: t('openHandoffs'), value: format.number(data.handoffs.open) },
    {
      key: 'overdue',
      label: t('overdueHandoffs'),
      value: format.number(data.handoffs.overdue),
      ...(data.handoffs.overdue > 0 ? { tone: 'warn' as const } : {}),
    },
    { key: 'helpful', label: t('helpfulShare'), value: helpful === null ? t('noRatings') : format.percent(helpful) },
  ];
  return (
    <dl className="figures">
      {figures.map((figure) => (
        <div
          key={figure.key}
          className={`figure${figure.tone ? ` figure-${figure.tone}` : ''}`}
          data-figure={figure.key}
        >
          <dt>{figure.label}</dt>
          <dd>{figure.value}</dd>
        </div>
      ))}
    </dl>
  );
}
