import { useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { OthersChanged, ProblemMessage, QueryView, Section, TextField } from '../../../components/index.ts';
import { commonMessages, useI18n, useMessages } from '../../../i18n/index.ts';
import { isChangedMeanwhile, ProblemError } from '../../../lib/problem.ts';
import { readAgainIfChangedMeanwhile } from '../../../lib/read-again.ts';
import { useRebasingDraft } from '../../../lib/rebasing-draft.ts';
import { useSendOnce } from '../../../lib/send-once.ts';
import { type Quota, quotasQuery, usePutQuota } from '../api/gateway.ts';
import { gatewayMessages } from '../messages.ts';
import { LIMITS, type LimitKey, type LimitTexts, limitTexts, quotaLimits, rebasedLimits } from '../quota-limits.ts';

/**
 * The department's quotas: the department-wide one editable by those with `gateway:quota`
 * (department admins their own department), bots' quotas listed.
 */
export function QuotaSection({ departmentId, canEdit }: { departmentId: string; canEdit: boolean }) {
  const t = useMessages(gatewayMessages);
  const quotas = useQuery(quotasQuery(departmentId));
  return (
    <Section id="gateway-quotas" title={t('quotas')}>
      <p className="muted">{t('quotasIntro')}</p>
      <QueryView query={quotas}>
        {(items) => (
          <>
            <QuotaTable items={items} />
            {canEdit ? (
              <QuotaForm
                key={departmentId}
                departmentId={departmentId}
                current={items.find((q) => q.botId === null) ?? null}
              />
            ) : null}
          </>
        )}
      </QueryView>
    </Section>
  );
}

function QuotaTable({ items }: { items: Quota[] }) {
  const t = useMessages(gatewayMessages);
  const { format } = useI18n();
  const shown = (value: number | null) => (value === null ? t('unlimited') : format.number(value));
  return (
    <table className="data">
      <caption>{t('quotasCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('scope')}</th>
          {LIMITS.map((key) => (
            <th key={key} scope="col" className="number">
              {t(key)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {items.length === 0 ? (
          <tr>
            <th scope="row">{t('wholeDepartment')}</th>
            {LIMITS.map((key) => (
              <td key={key} className="number">
                {t('unlimited')}
              </td>
            ))}
          </tr>
        ) : (
          items.map((quota) => (
            <tr key={quota.botId ?? ''}>
              <th scope="row">{quota.botId === null ? t('wholeDepartment') : t('bot', { id: quota.botId })}</th>
              {LIMITS.map((key) => (
                <td key={key} className="number">
                  {shown(quota[key])}
                </td>
              ))}
            </tr>
          ))
        )}
      </tbody>
    </table>
  );
}

/** One field as another officer left it. */
const withTheirs = (draft: LimitTexts, theirs: LimitTexts, limit: LimitKey): LimitTexts => ({
  ...draft,
  [limit]: theirs[limit],
});

/**
 * The department-wide quota's limits. A save sends the limits the form was made from (`base`), so
 * that only the limits changed here are set: a limit someone else set meanwhile joins the form, and
 * one both changed is refused, marked and offered as theirs.
 */
function QuotaForm({ departmentId, current }: { departmentId: string; current: Quota | null }) {
  const t = useMessages(gatewayMessages);
  const common = useMessages(commonMessages);
  const queryClient = useQueryClient();
  const put = usePutQuota(departmentId);
  const sendPut = useSendOnce(put);
  const {
    base,
    draft: values,
    theirs,
    clashes,
    setDraft,
    takeTheirs,
  } = useRebasingDraft({
    keptAs: `quota.${departmentId}`,
    latest: limitTexts(current),
    rebase: rebasedLimits,
    withTheirs,
  });
  const [saved, setSaved] = useState(false);
  const changedMeanwhile = isChangedMeanwhile(put.error);
  const problem = put.error instanceof ProblemError ? put.error : null;
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSaved(false);
    sendPut(
      { ...quotaLimits(values), base: quotaLimits(base) },
      () => setSaved(true),
      readAgainIfChangedMeanwhile(queryClient, quotasQuery(departmentId)),
    );
  };
  const errorOf = (limit: LimitKey) =>
    clashes.includes(limit)
      ? t('theyChangedThis')
      : changedMeanwhile
        ? undefined
        : problem?.fieldMessage(`body.${limit}`);
  return (
    <Form
      className="form gateway-quota-form"
      onSubmit={submit}
      aria-labelledby="quota-form-title"
      validationBehavior="aria"
    >
      <h3 id="quota-form-title">{t('departmentQuota')}</h3>
      <div className="gateway-quota-fields">
        {LIMITS.map((key) => (
          <TextField
            key={key}
            label={t(key)}
            name={key}
            type="number"
            value={values[key]}
            onChange={(value) => {
              setSaved(false);
              setDraft((v) => ({ ...v, [key]: value }));
            }}
            error={errorOf(key)}
          />
        ))}
      </div>
      {theirs > 0 ? (
        <OthersChanged
          summary={t('quotaOthersChanged', { count: theirs })}
          choicesIntro={t('quotaOthersClash')}
          choices={clashes.map((limit) => ({ id: limit, label: t('useTheirs', { field: t(limit) }) }))}
          onTakeTheirs={(limit) => takeTheirs(limit as LimitKey)}
        />
      ) : null}
      <p role="status" className={saved ? 'notice' : 'visually-hidden'}>
        {saved ? t('quotaSaved') : ''}
      </p>
      {put.error && !changedMeanwhile ? <ProblemMessage error={put.error} /> : null}
      <div className="form-actions">
        <Button type="submit" className="button button-primary" isPending={put.isPending}>
          {put.isPending ? common('saving') : common('save')}
        </Button>
      </div>
    </Form>
  );
}
