import {
  ACTION_LABEL,
  CHECK_LABEL,
  guardPolicyMessages,
  STAGE_LABEL,
} from '../../../components/guard-policy-messages.ts';
import { useI18n, useMessages } from '../../../i18n/index.ts';
import type { GuardPolicy } from '../api/guard-api.ts';
import { guardMessages } from '../messages.ts';
import { policyRows } from './policy-rows.ts';

/** The policy in force, one row per check: stage, check, what happens on a finding, its settings. */
export function PolicyTable({ policy, caption }: { policy: GuardPolicy; caption: string }) {
  const t = useMessages(guardMessages);
  const words = useMessages(guardPolicyMessages);
  const { format } = useI18n();
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
                  : row.settings
                      .map((s) => t(s.key, { value: typeof s.value === 'number' ? format.number(s.value) : s.value }))
                      .join('; ')}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
