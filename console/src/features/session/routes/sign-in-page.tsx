import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { useNavigate, useSearchParams } from 'react-router';
import { LanguageSwitch, Page, ProblemMessage, TextField } from '../../../components/index.ts';
import { useMessages } from '../../../i18n/index.ts';
import { ProblemError } from '../../../lib/problem.ts';
import { useSendOnce } from '../../../lib/send-once.ts';
import { signInOptionsQuery, useKeySignIn } from '../api/session.ts';
import { sessionMessages } from '../messages.ts';

const OIDC_ERRORS = {
  not_registered: 'errorNotRegistered',
  disabled: 'errorDisabled',
  oidc_failed: 'errorOidcFailed',
} as const;

/** Only console paths are followed after sign-in: a crafted link cannot send the officer elsewhere. */
function safeReturnTo(value: string | null): string {
  return value && /^\/console(\/[^\s\\]*)?$/.test(value) && !value.startsWith('//') ? value : '/console/';
}

/** Sign-in: the organisation's identity provider first; an API key for bootstrap and administrators. */
export default function SignInPage() {
  const t = useMessages(sessionMessages);
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const returnTo = safeReturnTo(params.get('returnTo'));
  const options = useQuery(signInOptionsQuery);
  const signIn = useKeySignIn();
  const sendSignIn = useSendOnce(signIn);
  const [apiKey, setApiKey] = useState('');
  const [missingKey, setMissingKey] = useState(false);
  const oidcError = params.get('error');
  const notice = params.get('expired')
    ? t('expired')
    : params.get('signedOut')
      ? t('signedOut')
      : oidcError
        ? t(OIDC_ERRORS[oidcError as keyof typeof OIDC_ERRORS] ?? 'errorOidcFailed')
        : null;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!apiKey.trim()) {
      setMissingKey(true);
      return;
    }
    setMissingKey(false);
    sendSignIn(apiKey.trim(), (_session, here) => {
      if (here) void navigate(returnTo.replace(/^\/console/, '') || '/', { replace: true });
    });
  };
  const keyError = missingKey
    ? t('keyRequired')
    : signIn.error instanceof ProblemError
      ? (signIn.error.fieldMessage('body.apiKey') ?? signIn.error.problem.detail)
      : undefined;
  const oidc = options.data?.oidc;

  return (
    <div className="sign-in">
      <div className="sign-in-bar">
        <LanguageSwitch />
      </div>
      <main id="main" className="sign-in-card">
        <Page title={t('signInTitle')} description={t('signInIntro')}>
          {notice ? (
            <p className={oidcError ? 'problem' : 'notice'} role={oidcError ? 'alert' : 'status'}>
              {notice}
            </p>
          ) : null}
          {oidc ? (
            <p>
              <a className="button button-primary" href={`${oidc.loginUrl}?returnTo=${encodeURIComponent(returnTo)}`}>
                {t('signInWithOrganisation')}
              </a>
            </p>
          ) : null}
          <Form onSubmit={submit} className="form" aria-labelledby="key-sign-in" validationBehavior="aria">
            <h2 id="key-sign-in">{t('orUseKey')}</h2>
            <TextField
              label={t('apiKey')}
              name="apiKey"
              type="password"
              autoComplete="off"
              value={apiKey}
              onChange={setApiKey}
              description={t('apiKeyHelp')}
              error={keyError}
              isRequired
            />
            <Button type="submit" className="button" isPending={signIn.isPending}>
              {signIn.isPending ? t('signingIn') : t('signIn')}
            </Button>
          </Form>
          {signIn.error && !(signIn.error instanceof ProblemError) ? <ProblemMessage error={signIn.error} /> : null}
          <nav aria-label={t('demoLinks')} className="sign-in-links">
            <a href="/demo">{t('demoBots')}</a> · <a href="/docs">{t('apiDocs')}</a>
          </nav>
        </Page>
      </main>
    </div>
  );
}
