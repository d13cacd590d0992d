import { type ReactNode, useState } from 'react';
import { Button, Dialog, DialogTrigger, Form, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { ProblemMessage, TextField } from '../../../components/index.ts';
import { useMessages } from '../../../i18n/index.ts';
import { ProblemError } from '../../../lib/problem.ts';
import { knowledgeMessages } from '../messages.ts';

interface ConfirmDialogProps {
  /** The button that opens the dialog. */
  trigger: string;
  title: string;
  body?: ReactNode;
  confirm: string;
  danger?: boolean;
  /** When given, the dialog asks for a reason (required) and passes it to onConfirm. */
  reason?: { label: string; required: string; field: string };
  pending: boolean;
  error: unknown;
  onConfirm: (reason: string, close: () => void) => void;
}

/**
 * A confirmation in a modal dialog (react-aria: focus moves in, is trapped, Escape closes, focus
 * returns to the button that opened it), optionally with a required reason. The server's refusal
 * is shown inside the dialog.
 */
export function ConfirmDialog({
  trigger,
  title,
  body,
  confirm,
  danger,
  reason,
  pending,
  error,
  onConfirm,
}: ConfirmDialogProps) {
  const t = useMessages(knowledgeMessages);
  const [text, setText] = useState('');
  const [missing, setMissing] = useState(false);
  const fieldError =
    missing && reason
      ? reason.required
      : reason && error instanceof ProblemError
        ? error.fieldMessage(reason.field)
        : undefined;
  return (
    <DialogTrigger
      onOpenChange={(open) => {
        if (!open) {
          setText('');
          setMissing(false);
        }
      }}
    >
      <Button className={danger ? 'button button-danger' : 'button'}>{trigger}</Button>
      <ModalOverlay className="modal-overlay" isDismissable>
        <Modal className="modal">
          <Dialog className="dialog">
            {({ close }) => (
              <Form
                className="form"
                onSubmit={(event) => {
                  event.preventDefault();
                  if (reason && !text.trim()) {
                    setMissing(true);
                    return;
                  }
                  setMissing(false);
                  onConfirm(text.trim(), close);
                }}
                validationBehavior="aria"
              >
                <Heading slot="title">{title}</Heading>
                {body ? <div>{body}</div> : null}
                {reason ? (
                  <TextField
                    label={reason.label}
                    value={text}
                    onChange={setText}
                    multiline
                    rows={3}
                    isRequired
                    error={fieldError}
                  />
                ) : null}
                {error && !fieldError ? <ProblemMessage error={error} /> : null}
                <div className="dialog-actions">
                  <Button
                    type="submit"
                    className={danger ? 'button button-danger' : 'button button-primary'}
                    isPending={pending}
                  >
                    {confirm}
                  </Button>
                  <Button className="button button-quiet" onPress={close}>
                    {t('confirmDialogCancel')}
                  </Button>
                </div>
              </Form>
            )}
          </Dialog>
        </Modal>
      </ModalOverlay>
    </DialogTrigger>
  );
}
