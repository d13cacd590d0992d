import { Section } from '../../../components/index.ts';
import { useMessages } from '../../../i18n/index.ts';
import { type Bilingual, useBilingual } from '../localized.ts';
import { governanceMessages } from '../messages.ts';

export interface GateCondition {
  id: string;
  name: Bilingual;
  met: boolean;
  detail: Bilingual;
  action: Bilingual;
}

/**
 * The go-live gate as the server judges it: ready or not, every condition with what was found
 * and, for an unmet one, what to do. Met or not is written out, never shown by colour alone.
 */
export function GateSection({ ready, conditions }: { ready: boolean; conditions: readonly GateCondition[] }) {
  const t = useMessages(governanceMessages);
  const pick = useBilingual();
  const unmet = conditions.filter((c) => !c.met);
  return (
    <Section id="gate" title={t('sectionGate')}>
      <p className={ready ? 'notice' : 'problem'}>
        {ready ? t('gateReady') : t('gateNotReady', { count: unmet.length })}
      </p>
      <table className="data">
        <caption>{t('gateCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('colCondition')}</th>
            <th scope="col">{t('colMet')}</th>
            <th scope="col">{t('colDetail')}</th>
            <th scope="col">{t('colAction')}</th>
          </tr>
        </thead>
        <tbody>
          {conditions.map((condition) => (
            <tr key={condition.id}>
              <th scope="row">{pick(condition.name)}</th>
              <td>
                <span className={condition.met ? 'gov-nowrap badge badge-ok' : 'gov-nowrap badge badge-danger'}>
                  {condition.met ? t('met') : t('unmet')}
                </span>
              </td>
              <td>{pick(condition.detail)}</td>
              <td>{condition.met ? '' : pick(condition.action)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Section>
  );
}
