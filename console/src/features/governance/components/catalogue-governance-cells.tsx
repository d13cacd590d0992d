import { useI18n, useMessages } from '../../../i18n/index.ts';
import type { CatalogueHit } from '../api/catalogue-api.ts';
import { riskBadge, statusBadge, valueKey } from '../labels.ts';
import { governanceMessages } from '../messages.ts';

/**
 * Three cells of a catalogue row: the latest assessment (stage, status, date and what it derived),
 * who endorsed it, and the bot's latest evaluation run.
 */
export function CatalogueGovernanceCells({
  governance,
  suiteName,
}: {
  governance: CatalogueHit['governance'];
  /** A suite's name in the officer's language. */
  suiteName: (suiteId: string) => string;
}) {
  const t = useMessages(governanceMessages);
  const { format } = useI18n();
  const { assessment, endorsedBy, evaluation } = governance;
  return (
    <>
      <td>
        {assessment ? (
          <>
            {t('latestAssessment', {
              stage: t(valueKey('stage', assessment.stage)),
              status: t(valueKey('assessment', assessment.status)),
              date: format.date(assessment.assessedAt),
            })}
            <div className="governance-derived">
              <span className={riskBadge(assessment.impact)}>{t(valueKey('impact', assessment.impact))}</span>{' '}
              <span className="badge">
                {t('tier')}: {t(valueKey('tier', assessment.tier))}
              </span>
              {assessment.oversight ? (
                <>
                  {' '}
                  <span className="badge">{t(valueKey('oversight', assessment.oversight))}</span>
                </>
              ) : null}
            </div>
          </>
        ) : (
          <span className="muted">{t('riskUnassessed')}</span>
        )}
      </td>
      <td>
        {endorsedBy.length ? (
          <ul className="gov-plain-list">
            {endorsedBy.map((e) => (
              <li key={`${e.capacity}-${e.at}`}>
                {t('endorserEntry', { name: e.displayName, capacity: t(valueKey('capacity', e.capacity)) })}
              </li>
            ))}
          </ul>
        ) : (
          <span className="muted">{t('noEndorsers')}</span>
        )}
      </td>
      <td>
        {evaluation ? (
          <>
            <span className={statusBadge(evaluation.status)}>{t(valueKey('run', evaluation.status))}</span>{' '}
            {t('latestEvaluation', {
              suite: suiteName(evaluation.suiteId),
              score: format.number(evaluation.score),
              grade: evaluation.grade ?? '—',
              date: format.date(evaluation.finishedAt),
            })}
          </>
        ) : (
          <span className="muted">{t('noEvaluation')}</span>
        )}
      </td>
    </>
  );
}
