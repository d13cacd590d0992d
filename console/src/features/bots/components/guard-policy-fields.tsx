import { useMessages } from '../../../i18n/index.ts';
import {
  CHECK_ACTIONS,
  CHECKS,
  type Check,
  type GuardPolicy,
  guardAction,
  STAGES,
  type Stage,
  withGuardAction,
} from '../config-form.ts';
import { type BotMessageKey, botMessages } from '../messages.ts';

const STAGE_LABEL: Record<Stage, BotMessageKey> = {
  input: 'stageInput',
  context: 'stageContext',
  output: 'stageOutput',
};
const CHECK_LABEL: Record<Check, BotMessageKey> = {
  pii: 'checkPii',
  injection: 'checkInjection',
  urls: 'checkUrls',
  grounding: 'checkGrounding',
};
const ACTION_LABEL: Record<string, BotMessageKey> = {
  block: 'actionBlock',
  warn: 'actionWarn',
  log: 'actionLog',
  mask: 'actionMask',
  pseudonymise: 'actionPseudonymise',
  drop: 'actionDrop',
};
const INHERIT = '';

/**
 * The bot's guard policy override as a table: for each check and stage, the department's setting or
 * an action of the bot's own. Other settings of a check (thresholds) are kept as they are.
 */
export function GuardPolicyFields({
  value,
  onChange,
  error,
}: {
  value: GuardPolicy | null;
  onChange: (value: GuardPolicy | null) => void;
  error: string | undefined;
}) {
  const t = useMessages(botMessages);
  return (
    <>
      <p className="field-help" id="guard-help">
        {t('guardHelp')}
      </p>
      <table className="data guard-grid" aria-describedby="guard-help">
        <caption>{t('guardTableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('guardCheck')}</th>
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
                    aria-label={t('guardCellLabel', { check: t(CHECK_LABEL[check]), stage: t(STAGE_LABEL[stage]) })}
                    value={guardAction(value, stage, check) ?? INHERIT}
                    onChange={(event) =>
                      onChange(
                        withGuardAction(
                          value,
                          stage,
                          check,
                          event.target.value === INHERIT ? null : event.target.value,
                        ),
                      )
                    }
                  >
                    <option value={INHERIT}>{t('actionInherit')}</option>
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
      {error ? <p className="field-error">{error}</p> : null}
    </>
  );
}
