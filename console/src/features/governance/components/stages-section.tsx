import { Button } from 'react-aria-components';
import { Link, useNavigate } from 'react-router';
import { ProblemMessage, Section } from '../../../components/index.ts';
import { useI18n, useMessages } from '../../../i18n/index.ts';
import { useCurrentUser } from '../../../lib/current-user.tsx';
import { useSendOnce } from '../../../lib/send-once.ts';
import { type AssessmentStatus, STAGES, useStartAssessment } from '../api/assessments-api.ts';
import { statusBadge, valueKey } from '../labels.ts';
import { governanceMessages } from '../messages.ts';

/** Each stage's latest assessment: status, endorsements given and still required, open or start it. */
export function StagesSection({ applicationId, status }: { applicationId: string; status: AssessmentStatus }) {
  const t = useMessages(governanceMessages);
  const { format } = useI18n();
  const { can } = useCurrentUser();
  const navigate = useNavigate();
  const start = useStartAssessment(applicationId);
  const send = useSendOnce(start);
  return (
    <Section id="assessments" title={t('sectionAssessments')}>
      {status.reassessmentDue.map((flag) => (
        <p key={flag.id} className="notice">
          {t('reassessmentDue', { reason: flag.reason })}
        </p>
      ))}
      {status.nextReviewDue ? <p>{t('nextReview', { date: format.date(status.nextReviewDue) })}</p> : null}
      <table className="data">
        <caption>{t('stagesCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('colAssessmentStage')}</th>
            <th scope="col">{t('colStatus')}</th>
            <th scope="col">{t('colEndorsed')}</th>
            <th scope="col">{t('colStillRequired')}</th>
            <th scope="col">{t('colAssessment')}</th>
          </tr>
        </thead>
        <tbody>
          {STAGES.map((stage) => {
            const one = status.stages[stage];
            const stageName = t(valueKey('stage', stage));
            return (
              <tr key={stage}>
                <th scope="row">{stageName}</th>
                <td>
                  {one ? (
                    <span className={statusBadge(one.status)}>{t(valueKey('assessment', one.status))}</span>
                  ) : (
                    <span className={statusBadge('none')}>{t('assessment_none')}</span>
                  )}
                </td>
                <td>
                  {one && one.endorsements.length > 0 ? (
                    <ul className="gov-plain-list">
                      {one.endorsements.map((e) => (
                        <li key={e.capacity}>
                          {t('endorsedBy', {
                            capacity: t(valueKey('capacity', e.capacity)),
                            date: format.date(e.at),
                          })}
                        </li>
                      ))}
                    </ul>
                  ) : (
                    <span className="muted">{t('noDecisions')}</span>
                  )}
                </td>
                <td>
                  {one?.missingEndorsements?.length
                    ? format.list(one.missingEndorsements.map((c) => t(valueKey('capacity', c))))
                    : ''}
                </td>
                <td>
                  {one ? (
                    <Link to={`/governance/assessments/${one.assessmentId}`}>
                      {t('openAssessment', { stage: stageName })}
                    </Link>
                  ) : null}
                  {can('governance:prepare') && (!one || one.status === 'complete') ? (
                    <Button
                      className="button"
                      isPending={start.isPending}
                      onPress={() =>
                        send(stage, (created, here) => here && void navigate(`/governance/assessments/${created.id}`))
                      }
                    >
                      {t('startAssessment', { stage: stageName })}
                    </Button>
                  ) : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {start.error ? <ProblemMessage error={start.error} /> : null}
    </Section>
  );
}
