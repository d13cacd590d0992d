import { GuardPolicyGrid } from '../../../components/guard-policy-grid.tsx';
import { useMessages } from '../../../i18n/index.ts';
import type { GuardPolicy } from '../config-form.ts';
import { botMessages } from '../messages.ts';

/**
 * The bot's guard policy override: for each check and stage, the department's setting or an action
 * of the bot's own. Other settings of a check (thresholds) are kept as they are.
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
      <GuardPolicyGrid value={value} onChange={onChange} inheritLabel={t('actionInherit')} describedBy="guard-help" />
      {error ? <p className="field-error">{error}</p> : null}
    </>
  );
}
