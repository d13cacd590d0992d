import {
  ACTION_LABEL,
  CHECK_LABEL,
  guardPolicyMessages,
  piiTypeLabel,
  STAGE_LABEL,
} from '../../../components/guard-policy-messages.ts';
import { commonMessages, useI18n, useMessages } from '../../../i18n/index.ts';
import type { GuardPolicy } from '../api/guard-api.ts';
import { guardMessages } from '../messages.ts';
import { type PolicySetting, policyRows } from './policy-rows.ts';

/** The policy in force, one row per check: stage, check, what happens on a finding, its settings. */
export function PolicyTable({ policy, caption }: { policy: GuardPolicy; caption: string }) {
  const t = useMessages(guardMessages);
  const words = useMessages(guardPolicyMessages);
  const common = useMessages(commonMessages);
  const { format } = useI18n();
  // Codes in words: a verdict, the kinds of personal data.
  const settingText = (setting: PolicySetting) => {
    if (setting.key === 'settingMinVerdict')
      return t(setting.key, { value: words(setting.value === 'suspicious' ? 'verdictSuspicious' : 'verdictPhishing') });
    if (setting.key === 'settingTypes')
      return t(setting.key, { value: format.list(setting.value.map((type) => piiTypeLabel(words, type))) });
    return t(setting.key, { value: format.number(setting.value) });
  };
  return (
    <table className="data">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('colStage')}</th>
          <th scope="col">{t('colCheck')}</th>
          <th scope="col">{t('colAction')}</th>
          <th scope="col">{t('colSettings')}</th>
        </tr>
      </thead>
      <tbody>
        {policyRows(policy).map((row) => {
          const action = ACTION_LABEL[row.action];
          return (
            <tr key={`${row.stage}.${row.check}`}>
              <th scope="row">{words(STAGE_LABEL[row.stage])}</th>
              <td>{words(CHECK_LABEL[row.check])}</td>
              <td>{action ? words(action) : row.action}</td>
              <td>
                {row.settings.length === 0
                  ? t('noSettings')
                  : row.settings.map(settingText).join(common('clauseSeparator'))}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
