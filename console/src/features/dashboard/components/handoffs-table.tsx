import { useI18n, useMessages } from '../../../i18n/index.ts';
import type { DepartmentAnalytics } from '../api/dashboard.ts';
import { dashboardMessages } from '../messages.ts';

/** The handoff queue now (open, overdue) and the cases the period opened. */
export function HandoffsTable({ data }: { data: DepartmentAnalytics }) {
  const t = useMessages(dashboardMessages);
  const { format } = useI18n();
  const rows = [
    { key: 'open', label: t('handoffsOpen'), value: data.handoffs.open },
    { key: 'overdue', label: t('handoffsOverdue'), value: data.handoffs.overdue },
    { key: 'opened', label: t('handoffsOpened'), value: data.handoffs.openedInPeriod },
  ];
  return (
    <table className="data">
      <caption>{t('handoffsTableCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('handoffState')}</th>
          <th scope="col" className="number">
            {t('count')}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key} data-handoffs={row.key}>
            <th scope="row">{row.label}</th>
            <td className="number">{format.number(row.value)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
