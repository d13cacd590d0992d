import { Section } from '../../../components/index.ts';
import { useI18n, useMessages } from '../../../i18n/index.ts';
import type { StageStatus } from '../api/assessments-api.ts';
import { riskBadge, valueKey } from '../labels.ts';
import { isReason, useBilingual } from '../localized.ts';
import { governanceMessages } from '../messages.ts';

/**
 * The application's risk as the latest submitted assessment derived it: impact, GenAI tier,
 * required human oversight and the catalogue's level, with the answers that produced each.
 */
export function RiskSection({
  riskLevel,
  derivation,
}: {
  riskLevel: string | null;
  derivation: StageStatus['derivation'];
}) {
  const t = useMessages(governanceMessages);
  const pick = useBilingual();
  const { format } = useI18n();
  const reasons = (derivation?.reasons ?? []).filter(isReason);
  return (
    <Section id="risk" title={t('sectionRisk')}>
      {derivation ? (
        <>
          <dl className="gov-facts">
            <dt>{t('riskLevel')}</dt>
            <dd>
              <span className={riskBadge(riskLevel)}>
                {riskLevel ? t(valueKey('risk', riskLevel)) : t('riskUnassessed')}
              </span>
            </dd>
            <dt>{t('impact')}</dt>
            <dd>
              <span className={riskBadge(derivation.impact)}>{t(valueKey('impact', derivation.impact))}</span>
            </dd>
            <dt>{t('tier')}</dt>
            <dd>
              <span className={riskBadge(derivation.tier)}>{t(valueKey('tier', derivation.tier))}</span>
            </dd>
            <dt>{t('oversight')}</dt>
            <dd>{derivation.oversight ? t(valueKey('oversight', derivation.oversight)) : t('riskUnassessed')}</dd>
          </dl>
          {reasons.length > 0 ? (
            <table className="data">
              <caption>{t('reasonsCaption', { count: format.number(reasons.length) })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('colResult')}</th>
                  <th scope="col">{t('colQuestion')}</th>
                  <th scope="col">{t('colAnswer')}</th>
                  <th scope="col">{t('riskReasons')}</th>
                </tr>
              </thead>
              <tbody>
                {reasons.map((reason) => (
                  <tr key={`${reason.result}-${reason.questionId}-${reason.answer}`}>
                    <td>
                      {t(reason.result === 'impact' ? 'impact' : reason.result === 'tier' ? 'tier' : 'oversight')}
                    </td>
                    <th scope="row">
                      {reason.questionId} {pick(reason.text)}
                    </th>
                    <td>{t(valueKey('answer', reason.answer))}</td>
                    <td>{pick(reason.because)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
        </>
      ) : (
        <p className="muted">{t('riskNotDerived')}</p>
      )}
    </Section>
  );
}
