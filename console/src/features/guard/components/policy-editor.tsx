import { type FormEvent, useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { ProblemMessage, TextField } from '../../../components/index.ts';
import { useMessages } from '../../../i18n/index.ts';
import { ProblemError } from '../../../lib/problem.ts';
import { type GuardPolicy, useSavePolicy } from '../api/guard-api.ts';
import { guardMessages } from '../messages.ts';
import { parsePolicyText } from './policy-rows.ts';

/**
 * The policy set at one level (department or bot) as JSON, for a guard manager: the server checks
 * its shape and names each wrong field (`body.policy.input.pii.action`), shown beside the box.
 */
export function PolicyEditor({ botId, stored }: { botId: string; stored: GuardPolicy | null }) {
  const t = useMessages(guardMessages);
  const save = useSavePolicy();
  const [text, setText] = useState(JSON.stringify(stored ?? {}, null, 2));
  const [localError, setLocalError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSaved(false);
    const parsed = parsePolicyText(text);
    if (!parsed.ok) {
      setLocalError(t('invalidJson', { reason: parsed.reason }));
      return;
    }
    setLocalError(null);
    save.mutate({ policy: parsed.policy, ...(botId ? { botId } : {}) }, { onSuccess: () => setSaved(true) });
  };
  const problem = save.error instanceof ProblemError ? save.error.problem : null;
  const fieldIssues = problem?.errors.filter((issue) => issue.field.startsWith('body.policy')) ?? [];
  const fieldError =
    localError ??
    (fieldIssues.length > 0 ? fieldIssues.map((issue) => `${issue.field}: ${issue.message}`).join('; ') : undefined);
  return (
    <>
      <p>{t('editIntro')}</p>
      <Form className="form" onSubmit={submit}>
        <TextField label={t('policyJson')} multiline rows={12} value={text} onChange={setText} error={fieldError} />
        <Button type="submit" className="button button-primary" isDisabled={save.isPending}>
          {t('savePolicy')}
        </Button>
      </Form>
      {save.error && fieldIssues.length === 0 ? <ProblemMessage error={save.error} /> : null}
      <p role="status">{saved ? t('policySaved') : null}</p>
    </>
  );
}
