import { useQueryClient } from '@tanstack/react-query';
import { Button } from 'react-aria-components';
import { commonMessages, useMessages } from '../i18n/index.ts';
import { ProblemError } from '../lib/problem.ts';

/**
 * Shows a failed call as the server explained it (its messages come in the officer's language),
 * each field's reason listed, with the request reference for the helpdesk.
 *
 * A refusal because what the page shows changed after it was opened — another officer replied to
 * the case or approved the draft first (a 409 naming the thing's `status`), or saved a newer version
 * of what was to be published — says so, and offers the page as it now is. Only when asked:
 * re-reading at once could take away a form and what was typed.
 */
export function ProblemMessage({
  error,
  onRetry,
  fieldLabel,
}: {
  error: unknown;
  onRetry?: () => void;
  /** The form's own name for a field the server refused (`body.config.name.zh` → "Name: 繁體中文"), when it has one. */
  fieldLabel?: (field: string) => string | undefined;
}) {
  const t = useMessages(commonMessages);
  const problem = error instanceof ProblemError ? error.problem : null;
  const movedOn =
    problem?.status === 409
      ? problem.errors.find((issue) => issue.field === 'status' || issue.code === 'newer_version_saved')
      : undefined;
  if (movedOn) return <ChangedMeanwhile state={movedOn.message} />;
  const issues = problem?.errors ?? [];
  // The fields' reasons are listed below: a detail that only repeats them (with their paths) gives way
  // to the title. A detail that says more is the reason ("the draft was saved again after you read it").
  const listsFields =
    problem !== null && issues.length > 0 && issues.every((issue) => problem.detail.includes(issue.message));
  const detail = !problem
    ? t('networkError')
    : problem.code === 'network'
      ? t('networkError')
      : (listsFields && problem.title) || problem.detail || t('unexpectedError', { status: problem.status });
  return (
    <div className="problem" role="alert">
      <p className="problem-title">{t('errorTitle')}</p>
      <p>{detail}</p>
      {issues.length > 0 ? (
        <ul>
          {issues.map((issue) => {
            const label = fieldLabel?.(issue.field);
            return (
              <li key={`${issue.field}:${issue.code}`}>
                {label ?? <code>{requestPath(issue.field)}</code>}
                {t('fieldSeparator')}
                {issue.message}
              </li>
            );
          })}
        </ul>
      ) : null}
      {problem?.requestId ? <p className="muted">{t('requestId', { id: problem.requestId })}</p> : null}
      {onRetry ? (
        <Button className="button" onPress={onRetry}>
          {t('retry')}
        </Button>
      ) : null}
    </div>
  );
}

/** Where in the request a refused field is, without the request's own prefixes: `body.config.name.zh` → `name.zh`. */
function requestPath(field: string): string {
  return field.replace(/^(body|query|params)\.(config\.)?/, '') || field;
}

/** The refusal of a step on something that changed after the page was opened; the page again on request. */
function ChangedMeanwhile({ state }: { state: string }) {
  const t = useMessages(commonMessages);
  const queryClient = useQueryClient();
  return (
    <div className="problem" role="alert">
      <p>{t('changedMeanwhile', { state })}</p>
      <Button className="button" onPress={() => void queryClient.invalidateQueries()}>
        {t('showAsItIsNow')}
      </Button>
    </div>
  );
}
