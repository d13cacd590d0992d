import { type FormEvent, useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { ProblemMessage, TextField } from '../../../components/index.ts';
import { useI18n, useMessages } from '../../../i18n/index.ts';
import { ProblemError } from '../../../lib/problem.ts';
import { useSendOnce } from '../../../lib/send-once.ts';
import { type HandoffCase, useTeachAnswer } from '../api/handoffs-api.ts';
import { handoffMessages } from '../messages.ts';

/**
 * "Teach this answer": the question and the reply, editable, become a knowledge-base entry — a
 * draft an approver reviews before the bot may use it (the page says so before and after).
 */
export function TeachForm({
  item,
  reply,
  announce,
}: {
  item: HandoffCase;
  reply: string;
  announce: (message: string) => void;
}) {
  const t = useMessages(handoffMessages);
  const { format } = useI18n();
  const teach = useTeachAnswer(item.id);
  const send = useSendOnce(teach);
  const [question, setQuestion] = useState(item.question);
  const [answer, setAnswer] = useState(reply);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    send({ question, answer }, (result) =>
      announce(
        result.outcome === 'unchanged'
          ? t('teachUnchanged')
          : t('taught', { version: format.number(result.version.version) }),
      ),
    );
  };
  const problem = teach.error instanceof ProblemError ? teach.error : null;
  const questionError = problem?.fieldMessage('body.question');
  const answerError = problem?.fieldMessage('body.answer');
  return (
    <>
      <p>{t('teachIntro')}</p>
      <Form className="form" onSubmit={submit} validationBehavior="aria">
        <TextField
          label={t('teachQuestion')}
          value={question}
          onChange={setQuestion}
          error={questionError}
          {...(item.language ? { lang: item.language } : {})}
        />
        <TextField
          label={t('teachAnswer')}
          multiline
          rows={4}
          value={answer}
          onChange={setAnswer}
          error={answerError}
        />
        <Button type="submit" className="button" isPending={teach.isPending}>
          {t('teach')}
        </Button>
      </Form>
      {teach.error && !questionError && !answerError ? <ProblemMessage error={teach.error} /> : null}
    </>
  );
}
