import { Button } from 'react-aria-components';
import { ProblemMessage } from '../../../components/index.ts';
import { commonMessages, useMessages } from '../../../i18n/index.ts';
import { ModalDialog } from './modal-dialog.tsx';

/** "Are you sure?" before something that cannot be taken back quietly (revoke, disable, archive). */
export function ConfirmDialog({
  title,
  body,
  confirmLabel,
  isOpen,
  isPending,
  error,
  onConfirm,
  onCancel,
}: {
  title: string;
  body: string;
  confirmLabel: string;
  isOpen: boolean;
  isPending: boolean;
  error: unknown;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const common = useMessages(commonMessages);
  return (
    <ModalDialog
      title={title}
      isOpen={isOpen}
      onOpenChange={(open) => !open && onCancel()}
      role="alertdialog"
      isPending={isPending}
    >
      <p>{body}</p>
      {error ? <ProblemMessage error={error} /> : null}
      <div className="people-dialog-actions">
        <Button className="button" onPress={onCancel} isPending={isPending} autoFocus>
          {common('cancel')}
        </Button>
        <Button className="button button-danger" onPress={onConfirm} isPending={isPending}>
          {isPending ? common('saving') : confirmLabel}
        </Button>
      </div>
    </ModalDialog>
  );
}
