import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { OthersChanged, ProblemMessage, TextField } from '../../../components/index.ts';
import { GuardCheckSettings } from '../../../components/guard-check-settings.tsx';
import { GuardPolicyGrid } from '../../../components/guard-policy-grid.tsx';
import { CHECK_LABEL, guardPolicyMessages, STAGE_LABEL } from '../../../components/guard-policy-messages.ts';
import { commonMessages, useI18n, useMessages } from '../../../i18n/index.ts';
import { isChangedMeanwhile, problemIssues } from '../../../lib/problem.ts';
import { readAgainIfChangedMeanwhile } from '../../../lib/read-again.ts';
import { type Check, isOwnSetting, type Stage } from '../../../lib/guard-policy.ts';
import { useRebasingDraft } from '../../../lib/rebasing-draft.ts';
import { useSendOnce } from '../../../lib/send-once.ts';
import { type GuardPolicy, policyQuery, useSavePolicy } from '../api/guard-api.ts';
import { guardMessages } from '../messages.ts';
import { type CheckPath, policyText, rebasedPolicyText, withTheirCheck } from '../policy-changes.ts';
import { parsePolicyText } from './policy-rows.ts';

/**
 * The policy set at one level (department or bot), for a guard manager: each check's action in a
 * table, and the whole policy (thresholds too) as JSON below it, both over one draft. The server
 * checks its shape and names each wrong field (`body.policy.input.pii.action`), shown beside the box. A save
 * sends the policy the box was made from (`base`), so that the server makes only this officer's
 * changes, check by check; what someone else saved meanwhile joins the box, and a check both
 * changed is offered as theirs. Kept through an idle sign-out (with its base, a kept box cannot
 * undo another's change).
 */
export function PolicyEditor({ botId, stored }: { botId: string; stored: GuardPolicy | null }) {
  const t = useMessages(guardMessages);
  const { format } = useI18n();
  const words = useMessages(guardPolicyMessages);
  const common = useMessages(commonMessages);
  const queryClient = useQueryClient();
  const save = useSavePolicy();
  const sendSave = useSendOnce(save);
  const {
    base,
    draft: text,
    theirs,
    clashes,
    setDraft,
    takeTheirs,
  } = useRebasingDraft<string, CheckPath>({
    keptAs: `guard-policy.${botId || 'department'}`,
    latest: policyText(stored),
    rebase: rebasedPolicyText,
    withTheirs: withTheirCheck,
  });
  const [localError, setLocalError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const checkName = (path: CheckPath) => {
    const [stage, check] = path.split('.') as [Stage, Check];
    const stageLabel = STAGE_LABEL[stage];
    const checkLabel = CHECK_LABEL[check];
    return stageLabel && checkLabel ? t('checkPath', { stage: words(stageLabel), check: words(checkLabel) }) : path;
  };
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSaved(false);
    const parsed = parsePolicyText(text);
    const read = parsePolicyText(base);
    if (!parsed.ok || !read.ok) {
      const problem = parsed.ok ? { kind: 'json' as const } : parsed.problem;
      setLocalError(
        problem.kind === 'notObject'
          ? t('policyNotObject')
          : problem.line
            ? t('invalidJsonAt', { line: problem.line, column: problem.column ?? 1 })
            : t('invalidJson'),
      );
      return;
    }
    setLocalError(null);
    sendSave(
      { policy: parsed.policy, base: read.policy, ...(botId ? { botId } : {}) },
      () => setSaved(true),
      readAgainIfChangedMeanwhile(queryClient, policyQuery(botId)),
    );
  };
  const changedMeanwhile = isChangedMeanwhile(save.error);
  const edit = (value: string) => {
    if (!changedMeanwhile) save.reset();
    setSaved(false);
    setDraft(() => value);
  };
  // The table and the box edit one draft: the table its actions, the box everything (thresholds too).
  const inBox = parsePolicyText(text);
  const inheritLabel = botId ? t('inheritDepartment') : t('inheritPlatform');
  const fieldIssues = problemIssues(save.error).filter(
    (issue) => issue.field.startsWith('body.policy') && issue.code !== 'changed_meanwhile',
  );
  // A refused setting is shown beside its field when the settings show it, the others under the box.
  const settingError = (path: string) =>
    fieldIssues.find((issue) => `${issue.field}.`.startsWith(`body.policy.${path}.`))?.message;
  const shownBeside = (field: string) => inBox.ok && isOwnSetting(inBox.policy, field.replace(/^body\.policy\./, ''));
  const boxIssues = fieldIssues.filter((issue) => !shownBeside(issue.field));
  const fieldError =
    localError ??
    (clashes.length > 0 ? t('theyChangedChecks', { checks: format.list(clashes.map(checkName)) }) : undefined) ??
    (boxIssues.length > 0
      ? boxIssues
          .map((issue) => `${issue.field}${common('fieldSeparator')}${issue.message}`)
          .join(common('clauseSeparator'))
      : undefined);
  return (
    <>
      <p id="guard-grid-help">{t('gridHelp', { inherit: inheritLabel })}</p>
      <Form className="form guard-policy-form" onSubmit={submit} validationBehavior="aria">
        <GuardPolicyGrid
          value={inBox.ok ? inBox.policy : null}
          onChange={(policy) => edit(policyText(policy))}
          inheritLabel={inheritLabel}
          describedBy="guard-grid-help"
          isDisabled={!inBox.ok}
        />
        {inBox.ok ? (
          <GuardCheckSettings
            value={inBox.policy}
            onChange={(policy) => edit(policyText(policy))}
            errorOf={settingError}
          />
        ) : (
          <p className="field-help">{t('gridNeedsJson')}</p>
        )}
        <p>{t('editIntro')}</p>
        <TextField label={t('policyJson')} multiline rows={12} value={text} onChange={edit} error={fieldError} />
        {theirs > 0 ? (
          <OthersChanged
            summary={t('othersChanged', { count: theirs })}
            choicesIntro={t('othersClash')}
            choices={clashes.map((path) => ({ id: path, label: t('useTheirs', { check: checkName(path) }) }))}
            onTakeTheirs={takeTheirs}
          />
        ) : null}
        <Button type="submit" className="button button-primary" isPending={save.isPending}>
          {t('savePolicy')}
        </Button>
      </Form>
      {save.error && fieldIssues.length === 0 && !changedMeanwhile ? <ProblemMessage error={save.error} /> : null}
      <p role="status">{saved ? t('policySaved') : null}</p>
    </>
  );
}
