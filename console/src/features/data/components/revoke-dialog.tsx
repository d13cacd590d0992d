import { useState } from 'react';
import { Button, Dialog, DialogTrigger, Form, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { ProblemMessage, TextField } from '../../../components/index.ts';
import { useMessages } from '../../../i18n/index.ts';
import { useSendOnce } from '../../../lib/send-once.ts';
import { fieldMessageOf } from '../../../lib/problem.ts';
import { type Consent, useRevokeConsent } from '../api/consents-api.ts';
import { dataMessages } from '../messages.ts';

/**
 * Revoking a consent: a modal dialog (focus moves in and returns to the button; Escape cancels) that
 * says what stops at once and asks the reason. The server's refusal (not the provider, already
 * revoked) is shown inside it in the officer's language.
 */
export function RevokeDialog({
  consent,
  consumerName,
  onRevoked,
}: {
  consent: Consent;
  consumerName: string;
  onRevoked: (message: string) => void;
}) {
  const t = useMessages(dataMessages);
  const revoke = useRevokeConsent(consent.id);
  const sendRevoke = useSendOnce(revoke);
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const reasonError = missing ? t('reasonRequired') : fieldMessageOf(revoke.error, 'body.reason');
  return (
    <DialogTrigger
      onOpenChange={(open) => {
        if (!open) {
          setReason('');
          setMissing(false);
          revoke.reset();
        }
      }}
    >
      <Button className="button button-danger" aria-label={t('revokeLabel', { scope: consent.scope })}>
        {t('revoke')}
      </Button>
      {/* While the revocation is on its way the dialog stays: closing it would not take it back. */}
      <ModalOverlay
        className="data-modal-overlay"
        isDismissable={!revoke.isPending}
        isKeyboardDismissDisabled={revoke.isPending}
      >
        <Modal className="data-modal">
          <Dialog className="data-dialog">
            {({ close }) => (
              <Form
                className="data-form"
                validationBehavior="aria"
                onSubmit={(event) => {
                  event.preventDefault();
                  if (!reason.trim()) {
                    setMissing(true);
                    return;
                  }
                  setMissing(false);
                  // The revoked consent leaves its row's Revoke button, and this dialog with it.
                  sendRevoke(reason.trim(), () => {
                    close();
                    onRevoked(t('revoked', { scope: consent.scope }));
                  });
                }}
              >
                <Heading slot="title">{t('revokeTitle', { scope: consent.scope })}</Heading>
                <p>{t('revokeWarning', { consumer: consumerName, purpose: consent.purpose })}</p>
                <TextField
                  label={t('reasonLabel')}
                  multiline
                  rows={3}
                  isRequired
                  value={reason}
                  onChange={(value) => {
                    setReason(value);
                    setMissing(false);
                  }}
                  error={reasonError}
                />
                {revoke.error ? <ProblemMessage error={revoke.error} /> : null}
                <div className="button-row">
                  <Button type="submit" className="button button-danger" isPending={revoke.isPending}>
                    {t('confirmRevoke')}
                  </Button>
                  <Button className="button" onPress={close} isPending={revoke.isPending}>
                    {t('cancel')}
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
