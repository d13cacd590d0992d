import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Button, Form } from 'react-aria-components';
import {
  MessageWithData,
  Page,
  ProblemMessage,
  QueryView,
  Said,
  Section,
  SelectField,
  TextField,
} from '../../../components/index.ts';
import { useI18n, useMessages } from '../../../i18n/index.ts';
import { useCurrentUser } from '../../../lib/current-user.tsx';
import { fieldMessageOf } from '../../../lib/problem.ts';
import { useSendOnce } from '../../../lib/send-once.ts';
import {
  type Consent,
  type ConsentRequest,
  consentRequestsQuery,
  consentsQuery,
  type Party,
  partiesQuery,
  useRequestConsent,
} from '../api/consents-api.ts';
import { DataTabs } from '../components/data-tabs.tsx';
import { DecisionCell } from '../components/decision-cell.tsx';
import { RevokeDialog } from '../components/revoke-dialog.tsx';
import { consentState } from '../consent-state.ts';
import { dataMessages } from '../messages.ts';

/**
 * A department's name in the officer's language, by its id or its code (a department's own consent
 * names it by code); the id or code itself when the directory has not loaded.
 */
function usePartyName(parties: readonly Party[] | undefined) {
  const { locale } = useI18n();
  return (idOrCode: string) => {
    const party = parties?.find((p) => p.id === idOrCode || p.code === idOrCode);
    return party ? (locale === 'en' ? party.nameEn : party.nameZh) : idOrCode;
  };
}

/**
 * `/console/data/consents`: the consents the department gives or receives (the provider revokes one,
 * with a reason, after confirming), the requests it made or received (the provider approves or
 * rejects; an approval shows the consent it granted), and asking another department for data.
 */
export default function ConsentsPage() {
  const t = useMessages(dataMessages);
  const me = useCurrentUser();
  const consents = useQuery(consentsQuery);
  const requests = useQuery(consentRequestsQuery);
  const parties = useQuery(partiesQuery);
  const nameOf = usePartyName(parties.data);
  const [announcement, setAnnouncement] = useState('');
  return (
    <Page title={t('consentsTitle')} description={t('consentsIntro')}>
      <DataTabs />
      <p role="status">{announcement}</p>
      <Section id="consents" title={t('consentsSection')}>
        <QueryView query={consents}>
          {(items) =>
            items.length === 0 ? (
              <p>{t('noConsents')}</p>
            ) : (
              <ConsentsTable
                items={items}
                nameOf={nameOf}
                mayRevoke={(c) =>
                  me.can('governance:prepare') && !c.revokedAt && c.providerDepartmentId === me.department?.id
                }
                onRevoked={setAnnouncement}
              />
            )
          }
        </QueryView>
      </Section>
      <Section id="requests" title={t('requestsSection')}>
        <QueryView query={requests}>
          {(items) =>
            items.length === 0 ? (
              <p>{t('noRequests')}</p>
            ) : (
              <RequestsTable
                items={items}
                consents={consents.data ?? []}
                nameOf={nameOf}
                mayDecide={(r) =>
                  me.can('governance:endorse') && r.status === 'pending' && r.providerDepartmentId === me.department?.id
                }
                onDecided={setAnnouncement}
              />
            )
          }
        </QueryView>
      </Section>
      {me.can('governance:prepare') ? (
        <AskSection parties={parties.data ?? []} nameOf={nameOf} onAsked={setAnnouncement} />
      ) : null}
    </Page>
  );
}

function ConsentsTable({
  items,
  nameOf,
  mayRevoke,
  onRevoked,
}: {
  items: readonly Consent[];
  nameOf: (id: string) => string;
  mayRevoke: (consent: Consent) => boolean;
  onRevoked: (message: string) => void;
}) {
  const t = useMessages(dataMessages);
  const { format } = useI18n();
  return (
    <div>
      <table className="data">
        <caption>{t('consentsCaption', { count: items.length })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('colScope')}</th>
            <th scope="col">{t('colOwnerRef')}</th>
            <th scope="col">{t('colProvider')}</th>
            <th scope="col">{t('colConsumer')}</th>
            <th scope="col">{t('colPurpose')}</th>
            <th scope="col">{t('colChannel')}</th>
            <th scope="col">{t('colGranted')}</th>
            <th scope="col">{t('colExpires')}</th>
            <th scope="col">{t('colState')}</th>
            <th scope="col">{t('colActions')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((consent) => {
            const state = consentState(consent);
            return (
              <tr key={consent.id}>
                <th scope="row">{consent.scope}</th>
                <td>
                  {t(`owner_${consent.ownerKind}`, {
                    ref: consent.ownerKind === 'department' ? nameOf(consent.ownerRef) : consent.ownerRef,
                  })}
                </td>
                <td>{nameOf(consent.providerDepartmentId)}</td>
                <td>{nameOf(consent.consumerDepartmentId)}</td>
                <td>
                  <Said text={consent.purpose} />
                </td>
                <td>{consent.channel}</td>
                <td>{format.date(consent.grantedAt)}</td>
                <td>{consent.expiresAt ? format.date(consent.expiresAt) : t('noExpiry')}</td>
                <td>
                  <span className={state === 'live' ? 'badge badge-ok' : 'badge badge-danger'}>
                    {t(`state_${state}`)}
                  </span>
                  {consent.revokedAt ? (
                    <p className="muted">{t('revokedOn', { date: format.dateTime(consent.revokedAt) })}</p>
                  ) : null}
                  {consent.revocationReason ? (
                    <p className="muted">
                      <MessageWithData template={t('revokedBecause')} data={{ reason: consent.revocationReason }} />
                    </p>
                  ) : null}
                </td>
                <td>
                  {mayRevoke(consent) ? (
                    <RevokeDialog
                      consent={consent}
                      consumerName={nameOf(consent.consumerDepartmentId)}
                      onRevoked={onRevoked}
                    />
                  ) : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

function RequestsTable({
  items,
  consents,
  nameOf,
  mayDecide,
  onDecided,
}: {
  items: readonly ConsentRequest[];
  consents: readonly Consent[];
  nameOf: (id: string) => string;
  mayDecide: (request: ConsentRequest) => boolean;
  onDecided: (message: string) => void;
}) {
  const t = useMessages(dataMessages);
  const { format } = useI18n();
  const decision = (request: ConsentRequest) => {
    if (mayDecide(request)) return <DecisionCell request={request} onDecided={onDecided} />;
    if (request.status === 'pending') return t('awaitingProvider', { provider: nameOf(request.providerDepartmentId) });
    const consent = consents.find((c) => c.id === request.consentId);
    return (
      <>
        {consent ? (
          <p>
            {t('resultingConsent', {
              state: t(`state_${consentState(consent)}`),
            })}
          </p>
        ) : null}
        {request.decisionNote ? (
          <p className="muted">
            <Said text={request.decisionNote} />
          </p>
        ) : null}
      </>
    );
  };
  return (
    <div>
      <table className="data">
        <caption>{t('requestsCaption', { count: items.length })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('colScope')}</th>
            <th scope="col">{t('colProvider')}</th>
            <th scope="col">{t('colConsumer')}</th>
            <th scope="col">{t('colPurpose')}</th>
            <th scope="col">{t('colChannel')}</th>
            <th scope="col">{t('colJustification')}</th>
            <th scope="col">{t('colRequested')}</th>
            <th scope="col">{t('colStatus')}</th>
            <th scope="col">{t('colDecision')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((request) => (
            <tr key={request.id}>
              <th scope="row">{request.scope}</th>
              <td>{nameOf(request.providerDepartmentId)}</td>
              <td>{nameOf(request.consumerDepartmentId)}</td>
              <td>
                <Said text={request.purpose} />
              </td>
              <td>{request.channel}</td>
              <td>
                <Said text={request.justification} />
              </td>
              <td>{format.date(request.createdAt)}</td>
              <td>{t(`status_${request.status}`)}</td>
              <td>{decision(request)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function AskSection({
  parties,
  nameOf,
  onAsked,
}: {
  parties: readonly Party[];
  nameOf: (id: string) => string;
  onAsked: (message: string) => void;
}) {
  const t = useMessages(dataMessages);
  const { locale } = useI18n();
  const me = useCurrentUser();
  const ask = useRequestConsent();
  const send = useSendOnce(ask);
  const others = parties.filter((p) => p.active && p.id !== me.department?.id);
  const empty = { providerDepartmentId: '', scope: '', purpose: '', channel: '', justification: '' };
  const [form, setForm] = useState(empty);
  const provider = form.providerDepartmentId || others[0]?.id || '';
  const at = (field: string) => fieldMessageOf(ask.error, `body.${field}`);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    send({ ...form, providerDepartmentId: provider }, () => {
      onAsked(t('asked', { provider: nameOf(provider) }));
      setForm(empty);
    });
  };
  return (
    <Section id="ask" title={t('askSection')}>
      {others.length === 0 ? (
        <p>{t('noOtherDepartment')}</p>
      ) : (
        <Form className="data-form" onSubmit={submit} validationBehavior="aria">
          <SelectField
            label={t('providerLabel')}
            options={others.map((p) => ({
              id: p.id,
              label: locale === 'en' ? p.nameEn : p.nameZh,
            }))}
            value={provider}
            onChange={(providerDepartmentId) => setForm((f) => ({ ...f, providerDepartmentId }))}
            error={at('providerDepartmentId')}
          />
          <TextField
            label={t('scopeLabel')}
            description={t('scopeHelp')}
            isRequired
            value={form.scope}
            onChange={(scope) => setForm((f) => ({ ...f, scope }))}
            error={at('scope')}
          />
          <TextField
            label={t('purposeLabel')}
            isRequired
            value={form.purpose}
            onChange={(purpose) => setForm((f) => ({ ...f, purpose }))}
            error={at('purpose')}
          />
          <TextField
            label={t('channelLabel')}
            description={t('channelHelp')}
            isRequired
            value={form.channel}
            onChange={(channel) => setForm((f) => ({ ...f, channel }))}
            error={at('channel')}
          />
          <TextField
            label={t('justificationLabel')}
            multiline
            rows={3}
            isRequired
            value={form.justification}
            onChange={(justification) => setForm((f) => ({ ...f, justification }))}
            error={at('justification')}
          />
          {ask.error ? <ProblemMessage error={ask.error} /> : null}
          <div className="button-row">
            <Button type="submit" className="button button-primary" isPending={ask.isPending}>
              {t('ask')}
            </Button>
          </div>
        </Form>
      )}
    </Section>
  );
}
