import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { ProblemMessage } from '../../../components/index.ts';
import { useMessages } from '../../../i18n/index.ts';
import { ProblemError } from '../../../lib/problem.ts';
import { useSendOnce } from '../../../lib/send-once.ts';
import { agentsQuery, type HandoffCase, useCaseStep } from '../api/handoffs-api.ts';
import { handoffMessages } from '../messages.ts';
import { NativeSelect } from './native-select.tsx';

/** Take the case (myself) or assign it to an agent of the department. */
export function AssignmentPanel({ item, announce }: { item: HandoffCase; announce: (message: string) => void }) {
  const t = useMessages(handoffMessages);
  const agents = useQuery(agentsQuery);
  const take = useCaseStep(item.id);
  const sendTake = useSendOnce(take);
  const assign = useCaseStep(item.id);
  const sendAssign = useSendOnce(assign);
  const [assigneeId, setAssigneeId] = useState(item.assigneeId ?? '');
  const canTake = item.status === 'submitted' || item.status === 'referred';
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    sendAssign({ action: 'assign', body: { assigneeId } }, () =>
      announce(
        t('assigned', { name: agents.data?.find((agent) => agent.id === assigneeId)?.displayName ?? assigneeId }),
      ),
    );
  };
  const fieldError = assign.error instanceof ProblemError ? assign.error.fieldMessage('body.assigneeId') : undefined;
  return (
    <div className="handoff-panel">
      {canTake ? (
        <Button
          className="button button-primary"
          isPending={take.isPending}
          onPress={() => {
            sendTake({ action: 'take' }, () => announce(t('taken')));
          }}
        >
          {t('take')}
        </Button>
      ) : null}
      {take.error ? <ProblemMessage error={take.error} /> : null}
      <Form className="form handoff-inline-form" onSubmit={submit} validationBehavior="aria">
        <NativeSelect
          label={t('assignTo')}
          placeholder={t('chooseAgent')}
          options={(agents.data ?? []).map((agent) => ({ id: agent.id, label: agent.displayName }))}
          value={assigneeId}
          onChange={setAssigneeId}
          error={fieldError}
        />
        <Button type="submit" className="button" isPending={assign.isPending}>
          {t('assign')}
        </Button>
      </Form>
      {assign.error && !fieldError ? <ProblemMessage error={assign.error} /> : null}
    </div>
  );
}
