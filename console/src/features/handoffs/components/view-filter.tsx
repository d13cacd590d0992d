import { Label, Radio, RadioGroup } from 'react-aria-components';
import { useMessages } from '../../../i18n/index.ts';
import { VIEWS, type View } from '../api/handoffs-api.ts';
import { handoffMessages } from '../messages.ts';

export const VIEW_LABEL = {
  open: 'viewOpen',
  overdue: 'viewOverdue',
  mine: 'viewMine',
  referred: 'viewReferred',
} as const;

/** Open / overdue / mine / referred: a radio group (arrow keys move between the views). */
export function ViewFilter({ value, onChange }: { value: View; onChange: (view: View) => void }) {
  const t = useMessages(handoffMessages);
  return (
    <RadioGroup
      className="handoff-views"
      orientation="horizontal"
      value={value}
      onChange={(next) => onChange(next as View)}
    >
      <Label>{t('viewLabel')}</Label>
      <div className="handoff-views-options">
        {VIEWS.map((view) => (
          <Radio key={view} value={view} className="toggle">
            {t(VIEW_LABEL[view])}
          </Radio>
        ))}
      </div>
    </RadioGroup>
  );
}
