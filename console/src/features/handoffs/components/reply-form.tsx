import type { FormEvent } from 'react';
import { Button, Form } from 'react-aria-components';
import { ProblemMessage, TextField } from '../../../components/index.ts';
import { useMessages } from '../../../i18n/index.ts';
import { ProblemError } from '../../../lib/problem.ts';
import { useKept } from '../../../lib/kept-form.ts';
import { useSendOnce } from '../../../lib/send-once.ts';
import { type HandoffCase, useCaseStep } from '../api/handoffs-api.ts';
import { handoffMessages } from '../messages.ts';

/** The reply to the citizen: it appears in their conversation and when they check the reference. */
export function ReplyForm({ item, announce }: { item: HandoffCase; announce: (message: string) => void }) {
  const t = useMessages(handoffMessages);
  const step = useCaseStep(item.id);
  const sendStep = useSendOnce(step);
  const [reply, setReply, sent] = useKept(`handoff-reply.${item.id}`, '');
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    sendStep({ action: 'reply', body: { reply } }, () => {
      announce(t('replied'));
      sent();
    });
  };
  const fieldError = step.error instanceof ProblemError ? step.error.fieldMessage('body.reply') : undefined;
  return (
    <>
      <Form className="form" onSubmit={submit} validationBehavior="aria">
        <TextField
          label={t('replyLabel')}
          description={t('replyHelp')}
          multiline
          rows={5}
          value={reply}
          onChange={setReply}
          error={fieldError}
        />
        <Button type="submit" className="button button-primary" isPending={step.isPending}>
          {t('sendReply')}
        </Button>
      </Form>
      {step.error && !fieldError ? <ProblemMessage error={step.error} /> : null}
    </>
  );
}
