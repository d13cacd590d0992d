import { Label, Radio, RadioGroup } from 'react-aria-components';
import { useMessages } from '../../../i18n/index.ts';
import { PERIODS, type Period } from '../api/dashboard.ts';
import { dashboardMessages } from '../messages.ts';

/** 7 / 30 / 90 days: a radio group (arrow keys move between the periods). */
export function PeriodPicker({ value, onChange }: { value: Period; onChange: (days: Period) => void }) {
  const t = useMessages(dashboardMessages);
  return (
    <RadioGroup
      className="period-picker"
      orientation="horizontal"
      value={String(value)}
      onChange={(next) => onChange(Number(next) as Period)}
    >
      <Label>{t('period')}</Label>
      <div className="period-picker-options">
        {PERIODS.map((days) => (
          <Radio key={days} value={String(days)} className="toggle">
            {t('lastDays', { days })}
          </Radio>
        ))}
      </div>
    </RadioGroup>
  );
}
