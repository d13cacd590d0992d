import { Said } from '../../../components/index.ts';
import { useI18n, useMessages } from '../../../i18n/index.ts';
import type { Assessment } from '../api/assessments-api.ts';
import { valueKey } from '../labels.ts';
import { governanceMessages } from '../messages.ts';

/** Every endorsement and return of an assessment, every round (a return's comment is kept, in its own language). */
export function DecisionsTable({ decisions }: { decisions: Assessment['decisions'] }) {
  const t = useMessages(governanceMessages);
  const { format } = useI18n();
  if (decisions.length === 0) return <p className="muted">{t('noDecisions')}</p>;
  return (
    <table className="data">
      <caption>{t('decisionsCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('colRound')}</th>
          <th scope="col">{t('colCapacity')}</th>
          <th scope="col">{t('colDecision')}</th>
          <th scope="col">{t('colComment')}</th>
          <th scope="col">{t('colWhen')}</th>
        </tr>
      </thead>
      <tbody>
        {decisions.map((d) => (
          <tr key={d.id}>
            <td>{format.number(d.round)}</td>
            <th scope="row">{t(valueKey('capacity', d.capacity))}</th>
            <td>
              <span className={d.decision === 'endorse' ? 'badge badge-ok' : 'badge badge-warn'}>
                {t(valueKey('decision', d.decision))}
              </span>
            </td>
            <td>{d.comment ? <Said text={d.comment} /> : null}</td>
            <td>{format.dateTime(d.createdAt)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
