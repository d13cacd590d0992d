import { GuardCheckSettings } from '../../../components/guard-check-settings.tsx';
import { GuardPolicyGrid } from '../../../components/guard-policy-grid.tsx';
import { useMessages } from '../../../i18n/index.ts';
import type { GuardPolicy } from '../config-form.ts';
import { botMessages } from '../messages.ts';

/**
 * The bot's guard policy override: for each check and stage, the department's setting or an action
 * of the bot's own, and the settings (thresholds, kinds of personal data) of the checks it sets.
 */
export function GuardPolicyFields({
  value,
  onChange,
  error,
  errorOf,
}: {
  value: GuardPolicy | null;
  onChange: (value: GuardPolicy | null) => void;
  /** The server's reasons for the policy as a whole or a check's action. */
  error: string | undefined;
  /** The server's reason for one setting (`input.injection.threshold`). */
  errorOf: (path: string) => string | undefined;
}) {
  const t = useMessages(botMessages);
  return (
    <>
      <p className="field-help" id="guard-help">
        {t('guardHelp')}
      </p>
      <GuardPolicyGrid value={value} onChange={onChange} inheritLabel={t('actionInherit')} describedBy="guard-help" />
      <GuardCheckSettings value={value} onChange={onChange} errorOf={errorOf} />
      {error ? <p className="field-error">{error}</p> : null}
    </>
  );
}
