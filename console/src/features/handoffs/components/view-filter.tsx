import { ToggleChoices } from '../../../components/index.ts';
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
    <ToggleChoices
      label={t('viewLabel')}
      className="handoff-views"
      choices={VIEWS.map((view) => ({ value: view, label: t(VIEW_LABEL[view]) }))}
      value={value}
      onChange={onChange}
    />
  );
}
