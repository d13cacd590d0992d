import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { ProblemMessage, QueryView, Section, TextField } from '../../../components/index.ts';
import { commonMessages, useI18n, useMessages } from '../../../i18n/index.ts';
import { ProblemError } from '../../../lib/problem.ts';
import { type Quota, quotasQuery, usePutQuota } from '../api/gateway.ts';
import { gatewayMessages } from '../messages.ts';

const LIMITS = ['requestsPerMinute', 'tokensPerMinute', 'requestsPerMonth', 'tokensPerMonth'] as const;
type LimitKey = (typeof LIMITS)[number];

/** A limit as typed: empty is no limit (null); other text goes to the server as a number to judge. */
function limitValue(text: string): number | null {
  return text.trim() === '' ? null : Number(text.trim());
}

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

function QuotaForm({ departmentId, current }: { departmentId: string; current: Quota | null }) {
  const t = useMessages(gatewayMessages);
  const common = useMessages(commonMessages);
  const put = usePutQuota(departmentId);
  const [values, setValues] = useState<Record<LimitKey, string>>(() => {
    const text = (value: number | null | undefined) => (value === null || value === undefined ? '' : String(value));
    return {
      requestsPerMinute: text(current?.requestsPerMinute),
      tokensPerMinute: text(current?.tokensPerMinute),
      requestsPerMonth: text(current?.requestsPerMonth),
      tokensPerMonth: text(current?.tokensPerMonth),
    };
  });
  const [saved, setSaved] = useState(false);
  const problem = put.error instanceof ProblemError ? put.error : null;
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSaved(false);
    put.mutate(
      {
        requestsPerMinute: limitValue(values.requestsPerMinute),
        tokensPerMinute: limitValue(values.tokensPerMinute),
        requestsPerMonth: limitValue(values.requestsPerMonth),
        tokensPerMonth: limitValue(values.tokensPerMonth),
      },
      { onSuccess: () => setSaved(true) },
    );
  };
  return (
    <Form className="form gateway-quota-form" onSubmit={submit} aria-labelledby="quota-form-title">
      <h3 id="quota-form-title">{t('departmentQuota')}</h3>
      <div className="gateway-quota-fields">
        {LIMITS.map((key) => (
          <TextField
            key={key}
            label={t(key)}
            name={key}
            type="number"
            value={values[key]}
            onChange={(value) => setValues((v) => ({ ...v, [key]: value }))}
            error={problem?.fieldMessage(`body.${key}`)}
          />
        ))}
      </div>
      <p role="status" className={saved ? 'notice' : 'visually-hidden'}>
        {saved ? t('quotaSaved') : ''}
      </p>
      {put.error ? <ProblemMessage error={put.error} /> : null}
      <div className="form-actions">
        <Button type="submit" className="button button-primary" isDisabled={put.isPending}>
          {put.isPending ? common('saving') : common('save')}
        </Button>
      </div>
    </Form>
  );
}
