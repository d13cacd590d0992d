import { ToggleChoices } from '../../../components/index.ts';
import { useMessages } from '../../../i18n/index.ts';
import { PERIODS, type Period } from '../api/dashboard.ts';
import { dashboardMessages } from '../messages.ts';

/** 7 / 30 / 90 days: a radio group (arrow keys move between the periods). */
export function PeriodPicker({ value, onChange }: { value: Period; onChange: (days: Period) => void }) {
  const t = useMessages(dashboardMessages);
  return (
    <ToggleChoices
      label={t('period')}
      className="period-picker"
      choices={PERIODS.map((days) => ({ value: days, label: t('lastDays', { days }) }))}
      value={value}
      onChange={onChange}
    />
  );
}
