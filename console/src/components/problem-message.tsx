import { Button } from 'react-aria-components';
import { commonMessages, useMessages } from '../i18n/index.ts';
import { ProblemError } from '../lib/problem.ts';

/**
 * Shows a failed call as the server explained it (its messages come in the officer's language),
 * each field's reason listed, with the request reference for the helpdesk.
 */
export function ProblemMessage({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const t = useMessages(commonMessages);
  const problem = error instanceof ProblemError ? error.problem : null;
  const detail = !problem
    ? t('networkError')
    : problem.code === 'network'
      ? t('networkError')
      : problem.detail || t('unexpectedError', { status: problem.status });
  return (
    <div className="problem" role="alert">
      <p className="problem-title">{t('errorTitle')}</p>
      <p>{detail}</p>
      {problem && problem.errors.length > 0 ? (
        <ul>
          {problem.errors.map((issue) => (
            <li key={`${issue.field}:${issue.code}`}>
              <code>{issue.field}</code>: {issue.message}
            </li>
          ))}
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
