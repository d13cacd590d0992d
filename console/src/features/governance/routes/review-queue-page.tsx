import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { Page, QueryView } from '../../../components/index.ts';
import { useI18n, useMessages } from '../../../i18n/index.ts';
import { reviewQueueQuery } from '../api/assessments-api.ts';
import { valueKey } from '../labels.ts';
import { useBilingual } from '../localized.ts';
import { governanceMessages } from '../messages.ts';

/** `/console/governance/reviews`: the assessments waiting for the signed-in person's endorsement. */
export default function ReviewQueuePage() {
  const t = useMessages(governanceMessages);
  const { format } = useI18n();
  const pick = useBilingual();
  const queue = useQuery(reviewQueueQuery);
  return (
    <Page
      title={t('queueTitle')}
      description={t('queueIntro')}
      actions={
        <Link className="button" to="/governance">
          {t('backToCatalogue')}
        </Link>
      }
    >
      <QueryView query={queue}>
        {(items) =>
          items.length === 0 ? (
            <p className="muted">{t('queueEmpty')}</p>
          ) : (
            <table className="data">
              <caption>{t('queueCaption', { count: format.number(items.length) })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('colApplication')}</th>
                  <th scope="col">{t('colAssessmentStage')}</th>
                  <th scope="col">{t('colRound')}</th>
                  <th scope="col">{t('colSubmitted')}</th>
                  <th scope="col">{t('colCapacityNeeded')}</th>
                </tr>
              </thead>
              <tbody>
                {items.map((item) => (
                  <tr key={item.assessmentId}>
                    <th scope="row">
                      <Link to={`/governance/assessments/${item.assessmentId}`}>
                        {t('reviewAction', { name: pick(item.name) })}
                      </Link>
                    </th>
                    <td>{t(valueKey('stage', item.stage))}</td>
                    <td>{format.number(item.round)}</td>
                    <td>{item.submittedAt ? format.dateTime(item.submittedAt) : ''}</td>
                    <td>{format.list(item.capacities.map((c) => t(valueKey('capacity', c))))}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )
        }
      </QueryView>
    </Page>
  );
}
