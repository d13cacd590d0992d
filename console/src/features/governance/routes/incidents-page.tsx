import { useQuery } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import { Button, Form } from 'react-aria-components';
import { Link, useNavigate } from 'react-router';
import { Page, ProblemMessage, QueryView, Section, SelectField, TextField, Tick } from '../../../components/index.ts';
import { languageOfText, useI18n, useMessages } from '../../../i18n/index.ts';
import { useCurrentUser } from '../../../lib/current-user.tsx';
import { useKept } from '../../../lib/kept-form.ts';
import { fieldMessageOf } from '../../../lib/problem.ts';
import { useSendOnce } from '../../../lib/send-once.ts';
import { accountabilityMessages } from '../accountability-messages.ts';
import { INCIDENT_SEVERITIES, incidentsQuery, type NewIncident, useReportIncident } from '../api/accountability-api.ts';
import { applicationsQuery } from '../api/catalogue-api.ts';
import { useBilingual } from '../localized.ts';

/** `/console/governance/incidents`: the department's AI incident register, and reporting one (issue #18). */
export default function IncidentsPage() {
  const t = useMessages(accountabilityMessages);
  const { format } = useI18n();
  const me = useCurrentUser();
  const incidents = useQuery(incidentsQuery);
  return (
    <Page title={t('incidentsTitle')} description={t('incidentsIntro')}>
      <QueryView query={incidents}>
        {(items) =>
          items.length === 0 ? (
            <p>{t('noIncidents')}</p>
          ) : (
            <table className="data">
              <caption>{t('incidentsCaption', { count: items.length })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('colTitle')}</th>
                  <th scope="col">{t('colSeverity')}</th>
                  <th scope="col">{t('colStatus')}</th>
                  <th scope="col">{t('colStep')}</th>
                  <th scope="col">{t('colOpened')}</th>
                </tr>
              </thead>
              <tbody>
                {items.map((incident) => (
                  <tr key={incident.id}>
                    <th scope="row">
                      <Link to={`/governance/incidents/${incident.id}`} lang={languageOfText(incident.title)}>
                        {incident.title}
                      </Link>
                    </th>
                    <td>{t(`severity_${incident.severity}`)}</td>
                    <td>{t(`status_${incident.status}`)}</td>
                    <td>{t(`step_${incident.step}`)}</td>
                    <td>{format.dateTime(incident.createdAt)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )
        }
      </QueryView>
      {me.can('governance:prepare') ? <ReportSection /> : null}
    </Page>
  );
}

function ReportSection() {
  const t = useMessages(accountabilityMessages);
  const pick = useBilingual();
  const navigate = useNavigate();
  const report = useReportIncident();
  const send = useSendOnce(report);
  const applications = useQuery(applicationsQuery);
  const [form, setForm, sent] = useKept('incident-report', {
    title: '',
    description: '',
    severity: 'medium' as NewIncident['severity'],
    applicationId: '',
    suspend: false,
  });
  const at = (field: string) => fieldMessageOf(report.error, `body.${field}`);
  const options = (applications.data ?? []).map((a) => ({ id: a.id, label: pick(a.name) }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const applicationId = form.applicationId || options[0]?.id || '';
    send(
      {
        title: form.title,
        description: form.description,
        severity: form.severity,
        applicationIds: applicationId ? [applicationId] : [],
        suspend: form.suspend,
      },
      (incident, here) => {
        sent();
        if (here) navigate(`/governance/incidents/${incident.id}`);
      },
    );
  };
  return (
    <Section id="report-incident" title={t('reportSection')}>
      <Form className="gov-form" onSubmit={submit} validationBehavior="aria">
        <TextField
          label={t('titleLabel')}
          isRequired
          value={form.title}
          onChange={(title) => setForm((f) => ({ ...f, title }))}
          error={at('title')}
        />
        <TextField
          label={t('descriptionLabel')}
          multiline
          rows={3}
          isRequired
          value={form.description}
          onChange={(description) => setForm((f) => ({ ...f, description }))}
          error={at('description')}
        />
        <SelectField
          label={t('severityLabel')}
          options={INCIDENT_SEVERITIES.map((s) => ({ id: s, label: t(`severity_${s}`) }))}
          value={form.severity}
          onChange={(severity) => setForm((f) => ({ ...f, severity: severity as NewIncident['severity'] }))}
          error={at('severity')}
        />
        <SelectField
          label={t('applicationLabel')}
          options={options}
          value={form.applicationId || options[0]?.id || ''}
          onChange={(applicationId) => setForm((f) => ({ ...f, applicationId }))}
          error={at('applicationIds') ?? at('applicationIds.0')}
        />
        <Tick isSelected={form.suspend} onChange={(suspend) => setForm((f) => ({ ...f, suspend }))}>
          {t('suspendLabel')}
        </Tick>
        <div className="button-row">
          <Button type="submit" className="button button-primary" isPending={report.isPending}>
            {t('report')}
          </Button>
        </div>
      </Form>
      {report.error ? <ProblemMessage error={report.error} /> : null}
    </Section>
  );
}
