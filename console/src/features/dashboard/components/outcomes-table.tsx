import { useI18n, useMessages } from '../../../i18n/index.ts';
import type { DepartmentAnalytics } from '../api/dashboard.ts';
import { dashboardMessages } from '../messages.ts';
import { ShareBar } from './share-bar.tsx';

const TONES = { answered: 'ok', fallback: 'warn', blocked: 'danger', handoff: 'brand' } as const;

/** Answered / fallback / blocked / handed-to-staff: counts and rates, each with a small bar. */
export function OutcomesTable({ data }: { data: DepartmentAnalytics }) {
  const t = useMessages(dashboardMessages);
  const { format } = useI18n();
  return (
    <table className="data">
      <caption>{t('outcomesTableCaption', { questions: format.number(data.questions) })}</caption>
      <thead>
        <tr>
          <th scope="col">{t('outcome')}</th>
          <th scope="col" className="number">
            {t('count')}
          </th>
          <th scope="col">{t('share')}</th>
        </tr>
      </thead>
      <tbody>
        {(['answered', 'fallback', 'blocked', 'handoff'] as const).map((outcome) => (
          <tr key={outcome} data-outcome={outcome}>
            <th scope="row">{t(outcome)}</th>
            <td className="number">{format.number(data.outcomes[outcome])}</td>
            <td>
              <span className="share">
                <span className="share-text">{format.percent(data.rates[outcome])}</span>
                <ShareBar share={data.rates[outcome]} tone={TONES[outcome]} />
              </span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
