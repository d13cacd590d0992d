import { useState } from 'react';
import { Button } from 'react-aria-components';
import { ProblemMessage, TextField } from '../../../components/index.ts';
import { useMessages } from '../../../i18n/index.ts';
import { useSendOnce } from '../../../lib/send-once.ts';
import { fieldMessageOf } from '../../../lib/problem.ts';
import { type ConsentRequest, useDecideRequest } from '../api/consents-api.ts';
import { dataMessages } from '../messages.ts';

/** The providing department's decision on a pending request: an optional note, then approve or reject. */
export function DecisionCell({
  request,
  onDecided,
}: {
  request: ConsentRequest;
  onDecided: (message: string) => void;
}) {
  const t = useMessages(dataMessages);
  const decide = useDecideRequest(request.id);
  const sendDecide = useSendOnce(decide);
  const [note, setNote] = useState('');
  // A decided request is no longer pending: this cell leaves the page with the answer.
  const send = (approve: boolean) =>
    sendDecide({ approve, ...(note.trim() ? { note: note.trim() } : {}) }, () =>
      onDecided(t(approve ? 'decided_approved' : 'decided_rejected', { scope: request.scope })),
    );
  return (
    <div className="data-cell-actions">
      <TextField
        label={t('decisionNoteLabel', { scope: request.scope })}
        value={note}
        onChange={setNote}
        error={fieldMessageOf(decide.error, 'body.note')}
      />
      <Button
        className="button button-primary"
        aria-label={t('approveLabel', { scope: request.scope })}
        isPending={decide.isPending}
        onPress={() => send(true)}
      >
        {t('approve')}
      </Button>
      <Button
        className="button"
        aria-label={t('rejectLabel', { scope: request.scope })}
        isPending={decide.isPending}
        onPress={() => send(false)}
      >
        {t('reject')}
      </Button>
      {decide.error ? <ProblemMessage error={decide.error} /> : null}
    </div>
  );
}
