import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { Page, QueryView, Section } from '../../../components/index.ts';
import { useI18n, useMessages } from '../../../i18n/index.ts';
import { ProblemError } from '../../../lib/problem.ts';
import { type AssessmentStatus, assessmentStatusQuery, STAGES } from '../api/assessments-api.ts';
import { type CatalogueEntry, applicationQuery, catalogueEntryQuery, departmentsQuery } from '../api/catalogue-api.ts';
import { goLiveQuery } from '../api/gate-api.ts';
import { ApplicationFacts } from '../components/application-facts.tsx';
import { BomSection } from '../components/bom-section.tsx';
import { EvaluationsSection } from '../components/evaluations-section.tsx';
import { GateSection } from '../components/gate-section.tsx';
import { ReuseSection } from '../components/reuse-section.tsx';
import { RiskSection } from '../components/risk-section.tsx';
import { StagesSection } from '../components/stages-section.tsx';
import { valueKey } from '../labels.ts';
import { useBilingual } from '../localized.ts';
import { governanceMessages } from '../messages.ts';
import { accountabilityMessages } from '../accountability-messages.ts';

/** The derivation of the most advanced stage that has one: what the application's risk rests on now. */
function latestDerivation(status: AssessmentStatus) {
  for (const stage of [...STAGES].reverse()) {
    const derivation = status.stages[stage]?.derivation;
    if (derivation) return derivation;
  }
  return null;
}

/**
 * `/console/governance/applications/:id`: one catalogue entry. The department's own application
 * shows its risk with the reasons, assessments by stage, the go-live gate and (for a bot) its
 * evaluations; another department's shows what the catalogue shares, and can be reused.
 */
export default function ApplicationPage() {
  const { id = '' } = useParams();
  const entry = useQuery(catalogueEntryQuery(id));
  return (
    <QueryView query={entry} asPage>
      {(catalogued) => <ApplicationView entry={catalogued} />}
    </QueryView>
  );
}

function ApplicationView({ entry }: { entry: CatalogueEntry }) {
  const t = useMessages(governanceMessages);
  const accountability = useMessages(accountabilityMessages);
  const { locale } = useI18n();
  const pick = useBilingual();
  const application = useQuery(applicationQuery(entry.id));
  const departments = useQuery(departmentsQuery);
  const department = departments.data?.find((d) => d.id === entry.departmentId);
  const departmentName = department ? (locale === 'en' ? department.nameEn : department.nameZh) : '';
  const own = application.isSuccess;
  const elsewhere = application.error instanceof ProblemError && application.error.problem.status === 404;
  const status = useQuery({ ...assessmentStatusQuery(entry.id), enabled: own });
  const gate = useQuery({ ...goLiveQuery(entry.id), enabled: own });

  return (
    <Page
      title={pick(entry.name)}
      description={t('applicationIntro', {
        type: t(valueKey('type', entry.type)),
        department: departmentName,
        status: t(valueKey('status', entry.status)),
      })}
      actions={
        <>
          {own ? (
            <Link className="button" to={`/governance/applications/${entry.id}/transparency`}>
              {accountability('noticeLink')}
            </Link>
          ) : null}
          {own ? (
            <a
              className="button"
              href={`/api/v1/governance/applications/${encodeURIComponent(entry.id)}/report?format=pdf&lang=${locale === 'en' ? 'en' : 'zh-Hant'}`}
              download
            >
              {t('reportDownload')}
            </a>
          ) : null}
          <Link className="button" to="/governance">
            {t('backToCatalogue')}
          </Link>
        </>
      }
    >
      <Section id="about" title={t('sectionAbout')}>
        <ApplicationFacts entry={entry} application={application.data} />
      </Section>
      {own ? (
        <QueryView query={status}>
          {(stages) => (
            <>
              <RiskSection riskLevel={entry.riskLevel} derivation={latestDerivation(stages)} />
              <StagesSection applicationId={entry.id} status={stages} />
            </>
          )}
        </QueryView>
      ) : !elsewhere ? (
        <QueryView query={application}>{() => null}</QueryView>
      ) : (
        <RiskSection riskLevel={entry.riskLevel} derivation={null} />
      )}
      {own ? (
        <QueryView query={gate}>
          {(verdict) => <GateSection ready={verdict.ready} conditions={verdict.conditions} />}
        </QueryView>
      ) : null}
      {own && entry.botId ? <EvaluationsSection botId={entry.botId} /> : null}
      {own ? <BomSection applicationId={entry.id} /> : null}
      {elsewhere ? <ReuseSection applicationId={entry.id} /> : null}
    </Page>
  );
}
