import { useMessages } from '../i18n/index.ts';
import { CHECK_ACTIONS, CHECKS, type GuardPolicy, guardAction, STAGES, withGuardAction } from '../lib/guard-policy.ts';
import { ACTION_LABEL, CHECK_LABEL, guardPolicyMessages, STAGE_LABEL } from './guard-policy-messages.ts';
import './guard-policy-grid.css';

const INHERIT = '';

/**
 * A guard policy's actions as a table, a check per row and a stage per column: for each, the level
 * below's setting (`inheritLabel`: "Department's", "Platform default") or an action of this level's
 * own. A check's other settings (thresholds) are kept as they are.
 */
export function GuardPolicyGrid({
  value,
  onChange,
  inheritLabel,
  describedBy,
  isDisabled = false,
}: {
  value: GuardPolicy | null;
  onChange: (value: GuardPolicy | null) => void;
  inheritLabel: string;
  /** The id of the text that explains the table. */
  describedBy: string;
  isDisabled?: boolean;
}) {
  const t = useMessages(guardPolicyMessages);
  return (
    <table className="data guard-grid" aria-describedby={describedBy}>
      <caption>{t('gridCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('gridCheck')}</th>
          {STAGES.map((stage) => (
            <th scope="col" key={stage}>
              {t(STAGE_LABEL[stage])}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {CHECKS.map((check) => (
          <tr key={check}>
            <th scope="row">{t(CHECK_LABEL[check])}</th>
            {STAGES.map((stage) => (
              <td key={stage}>
                <select
                  className="guard-select"
                  aria-label={t('cellLabel', { check: t(CHECK_LABEL[check]), stage: t(STAGE_LABEL[stage]) })}
                  value={guardAction(value, stage, check) ?? INHERIT}
                  disabled={isDisabled}
                  onChange={(event) =>
                    onChange(
                      withGuardAction(value, stage, check, event.target.value === INHERIT ? null : event.target.value),
                    )
                  }
                >
                  <option value={INHERIT}>{inheritLabel}</option>
                  {CHECK_ACTIONS[check].map((action) => (
                    <option key={action} value={action}>
                      {t(ACTION_LABEL[action] ?? 'actionLog')}
                    </option>
                  ))}
                </select>
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
