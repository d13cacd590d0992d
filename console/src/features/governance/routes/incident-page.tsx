import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { Link, useParams } from 'react-router';
import {
  InlineList,
  Page,
  ProblemMessage,
  QueryView,
  Said,
  Section,
  SelectField,
  TextField,
  Tick,
} from '../../../components/index.ts';
import { useI18n, useMessages } from '../../../i18n/index.ts';
import { useCurrentUser } from '../../../lib/current-user.tsx';
import { fieldMessageOf } from '../../../lib/problem.ts';
import { useSendOnce } from '../../../lib/send-once.ts';
import { accountabilityMessages } from '../accountability-messages.ts';
import {
  INCIDENT_STEPS,
  type Incident,
  incidentQuery,
  type TimelineEntry,
  useIncidentAction,
} from '../api/accountability-api.ts';
import { applicationsQuery } from '../api/catalogue-api.ts';
import { useBilingual } from '../localized.ts';
import '../accountability.css';

/** `/console/governance/incidents/:id`: one incident, its timeline, and what may be done with it now. */
export default function IncidentPage() {
  const { id = '' } = useParams();
  const incident = useQuery(incidentQuery(id));
  return (
    <QueryView query={incident} asPage>
      {(loaded) => <IncidentView incident={loaded} />}
    </QueryView>
  );
}

function IncidentView({ incident }: { incident: Incident }) {
  const t = useMessages(accountabilityMessages);
  const { format } = useI18n();
  const me = useCurrentUser();
  const [done, setDone] = useState('');
  const prepare = me.can('governance:prepare');
  const pick = useBilingual();
  const applications = useQuery(applicationsQuery);
  const nameOf = (id: string) => {
    const application = applications.data?.find((a) => a.id === id);
    return application ? pick(application.name) : id;
  };
  return (
    <Page
      title={t('incidentTitle')}
      titleData={{ title: incident.title }}
      description={incident.description ? <Said text={incident.description} /> : null}
      actions={
        <Link className="button" to="/governance/incidents">
          {t('backToIncidents')}
        </Link>
      }
    >
      <div role="status">{done ? <p className="notice">{done}</p> : null}</div>
      <Section id="incident-details" title={t('detailsSection')}>
        <dl className="gov-facts">
          <dt>{t('colSeverity')}</dt>
          <dd>{t(`severity_${incident.severity}`)}</dd>
          <dt>{t('colStatus')}</dt>
          <dd>{t(`status_${incident.status}`)}</dd>
          <dt>{t('colStep')}</dt>
          <dd>{t(`step_${incident.step}`)}</dd>
          <dt>{t('suspends')}</dt>
          <dd>{incident.suspends ? t('yes') : t('no')}</dd>
          <dt>{t('source')}</dt>
          <dd>{t(`source_${incident.source}`)}</dd>
          <dt>{t('applications')}</dt>
          <dd>
            <InlineList
              items={incident.applicationIds.map((id) => (
                <Link key={id} to={`/governance/applications/${id}`}>
                  {nameOf(id)}
                </Link>
              ))}
            />
          </dd>
        </dl>
      </Section>
      <Section id="incident-timeline" title={t('timelineSection')}>
        <ol className="gov-timeline">
          {incident.timeline.map((entry) => (
            <li key={entry.id}>
              <strong>
                {format.dateTime(entry.createdAt)} · {t(`kind_${entry.kind}`)} · {t(`step_${entry.step}`)}
              </strong>
              <p>
                <Said text={entry.note} />
              </p>
            </li>
          ))}
        </ol>
      </Section>
      {incident.status === 'open' && prepare ? <TimelineForm id={incident.id} onDone={setDone} /> : null}
      {incident.status === 'draft' && prepare ? <DraftForm id={incident.id} onDone={setDone} /> : null}
      {incident.status === 'open' && me.can('governance:endorse') ? (
        <CloseForm id={incident.id} onDone={setDone} />
      ) : null}
    </Page>
  );
}

function TimelineForm({ id, onDone }: { id: string; onDone: (text: string) => void }) {
  const t = useMessages(accountabilityMessages);
  const add = useIncidentAction(id, 'timeline');
  const send = useSendOnce(add);
  const [note, setNote] = useState('');
  const [step, setStep] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    send({ note, ...(step ? { step: step as NonNullable<TimelineEntry['step']> } : {}) }, () => {
      setNote('');
      setStep('');
      onDone(t('added'));
    });
  };
  return (
    <Section id="incident-add" title={t('addEntrySection')}>
      <Form className="gov-form" onSubmit={submit} validationBehavior="aria">
        <TextField
          label={t('noteLabel')}
          multiline
          rows={2}
          isRequired
          value={note}
          onChange={setNote}
          error={fieldMessageOf(add.error, 'body.note')}
        />
        <SelectField
          label={t('stepLabel')}
          options={[
            { id: '', label: t('stepUnchanged') },
            ...INCIDENT_STEPS.map((s) => ({ id: s, label: t(`step_${s}`) })),
          ]}
          value={step}
          onChange={setStep}
        />
        <div className="button-row">
          <Button type="submit" className="button button-primary" isPending={add.isPending}>
            {t('addEntry')}
          </Button>
        </div>
      </Form>
      {add.error ? <ProblemMessage error={add.error} /> : null}
    </Section>
  );
}

function DraftForm({ id, onDone }: { id: string; onDone: (text: string) => void }) {
  const t = useMessages(accountabilityMessages);
  const confirm = useIncidentAction(id, 'confirm');
  const sendConfirm = useSendOnce(confirm);
  const dismiss = useIncidentAction(id, 'dismiss');
  const sendDismiss = useSendOnce(dismiss);
  const [note, setNote] = useState('');
  const [suspend, setSuspend] = useState(false);
  return (
    <Section id="incident-draft" title={t('draftSection')}>
      <p>{t('draftIntro')}</p>
      <div className="gov-form">
        <TextField
          label={t('noteLabel')}
          multiline
          rows={2}
          value={note}
          onChange={setNote}
          error={fieldMessageOf(dismiss.error, 'body.note')}
        />
        <Tick isSelected={suspend} onChange={setSuspend}>
          {t('suspendLabel')}
        </Tick>
        <div className="button-row">
          <Button
            className="button button-primary"
            isPending={confirm.isPending}
            onPress={() => sendConfirm({ note, suspend }, () => onDone(t('confirmed')))}
          >
            {t('confirm')}
          </Button>
          <Button
            className="button"
            isPending={dismiss.isPending}
            onPress={() => sendDismiss({ note }, () => onDone(t('dismissed')))}
          >
            {t('dismiss')}
          </Button>
        </div>
      </div>
      {confirm.error ? <ProblemMessage error={confirm.error} /> : null}
      {dismiss.error ? <ProblemMessage error={dismiss.error} /> : null}
    </Section>
  );
}

function CloseForm({ id, onDone }: { id: string; onDone: (text: string) => void }) {
  const t = useMessages(accountabilityMessages);
  const close = useIncidentAction(id, 'close');
  const sendClose = useSendOnce(close);
  const [note, setNote] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    sendClose({ note }, () => onDone(t('closed')));
  };
  return (
    <Section id="incident-close" title={t('closeSection')}>
      <p>{t('closeIntro')}</p>
      <Form className="gov-form" onSubmit={submit} validationBehavior="aria">
        <TextField
          label={t('noteLabel')}
          multiline
          rows={2}
          isRequired
          value={note}
          onChange={setNote}
          error={fieldMessageOf(close.error, 'body.note')}
        />
        <div className="button-row">
          <Button type="submit" className="button" isPending={close.isPending}>
            {t('close')}
          </Button>
        </div>
      </Form>
      {close.error ? <ProblemMessage error={close.error} /> : null}
    </Section>
  );
}
