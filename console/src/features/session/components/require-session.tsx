import { useQuery } from '@tanstack/react-query';
import { type ReactNode, useEffect } from 'react';
import { Navigate, useLocation } from 'react-router';
import { ProblemMessage } from '../../../components/problem-message.tsx';
import { commonMessages, useMessages } from '../../../i18n/index.ts';
import { sessionEndReason } from '../../../lib/api-client.ts';
import { CurrentUserProvider } from '../../../lib/current-user.tsx';
import { forgetKeptForms } from '../../../lib/kept-form.ts';
import { ProblemError } from '../../../lib/problem.ts';
import { sessionQuery } from '../api/session.ts';

/**
 * The signed-in shell's gate: without a session it sends the officer to sign in and back here after;
 * with one it provides who they are to every page. The server still checks every call.
 */
export function RequireSession({ children }: { children: ReactNode }) {
  const t = useMessages(commonMessages);
  const location = useLocation();
  const session = useQuery(sessionQuery);
  if (session.isError) {
    if (session.error instanceof ProblemError && session.error.problem.status === 401) {
      const returnTo = `/console${location.pathname}${location.search}`;
      const idled = session.error.problem.code === 'session_expired' || sessionEndReason() === 'session_expired';
      const expired = idled ? '&expired=1' : '';
      return <Navigate to={`/sign-in?returnTo=${encodeURIComponent(returnTo)}${expired}`} replace />;
    }
    return <ProblemMessage error={session.error} onRetry={() => void session.refetch()} />;
  }
  if (!session.data) {
    return (
      <p className="muted" role="status" data-loading>
        {t('loading')}
      </p>
    );
  }
  return (
    <CurrentUserProvider me={session.data}>
      <ForgetOthersForms userId={session.data.user.id} />
      {children}
    </CurrentUserProvider>
  );
}

/** Someone else signed in in this tab: what the last person was typing is not theirs to see. */
function ForgetOthersForms({ userId }: { userId: string }) {
  useEffect(() => forgetKeptForms(userId), [userId]);
  return null;
}
