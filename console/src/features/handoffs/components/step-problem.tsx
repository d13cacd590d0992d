import { Button } from 'react-aria-components';
import { ProblemMessage } from '../../../components/index.ts';
import { useMessages } from '../../../i18n/index.ts';
import { ProblemError } from '../../../lib/problem.ts';
import { useShowCaseNow } from '../api/handoffs-api.ts';
import { handoffMessages } from '../messages.ts';

/**
 * Why a step on a case was refused. When the case has moved on since the page was opened (another
 * officer replied, took or closed it: a 409 naming the case's `status`), it says so in the officer's
 * words and offers the case as it now is — only when asked, so a reply being typed is not swept away.
 */
export function StepProblem({ caseId, error }: { caseId: string; error: unknown }) {
  const t = useMessages(handoffMessages);
  const showNow = useShowCaseNow(caseId);
  const state =
    error instanceof ProblemError && error.problem.status === 409
      ? error.problem.errors.find((issue) => issue.field === 'status')?.message
      : undefined;
  if (state === undefined) return <ProblemMessage error={error} />;
  return (
    <div className="problem" role="alert">
      <p>{t('caseMovedOn', { state })}</p>
      <Button className="button" onPress={showNow}>
        {t('showCaseNow')}
      </Button>
    </div>
  );
}
