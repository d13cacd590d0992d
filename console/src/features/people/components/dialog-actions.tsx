import { Button } from 'react-aria-components';
import { commonMessages, useMessages } from '../../../i18n/index.ts';

/**
 * A form dialog's Cancel and submit buttons. Both wait while the request is on its way: Cancel then
 * would not take it back (see ModalDialog's `isPending`).
 */
export function DialogActions({
  submitLabel,
  isPending,
  onCancel,
}: {
  submitLabel: string;
  isPending: boolean;
  onCancel: () => void;
}) {
  const common = useMessages(commonMessages);
  return (
    <div className="people-dialog-actions">
      <Button className="button" onPress={onCancel} isPending={isPending}>
        {common('cancel')}
      </Button>
      <Button type="submit" className="button button-primary" isPending={isPending}>
        {isPending ? common('saving') : submitLabel}
      </Button>
    </div>
  );
}
