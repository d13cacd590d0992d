import { CHECKS, type Check, type GuardPolicy, STAGES, type Stage } from '../../../lib/guard-policy.ts';

/** A setting beside the action, named by its catalogue key; codes (a verdict, personal-data types) as the policy has them. */
export type PolicySetting =
  | { key: 'settingThreshold' | 'settingMinConfidence' | 'settingMinSupport'; value: number }
  | { key: 'settingMinVerdict'; value: string }
  | { key: 'settingTypes'; value: string[] };

export interface PolicyRow {
  stage: Stage;
  check: Check;
  action: string;
  settings: PolicySetting[];
}

/**
 * The policy as table rows, stage by stage in the order a turn meets them (question, retrieved
 * passages, answer), each check that is on with its action and settings.
 *
 * @example policyRows({ input: { injection: { action: 'block' } } }) // [{ stage: 'input', check: 'injection', ... }]
 */
export function policyRows(policy: GuardPolicy): PolicyRow[] {
  const rows: PolicyRow[] = [];
  for (const stage of STAGES) {
    const checks = policy[stage];
    if (!checks) continue;
    for (const check of CHECKS) {
      const setting = checks[check] as Record<string, unknown> | undefined;
      if (!setting) continue;
      const settings: PolicySetting[] = [];
      if (typeof setting.threshold === 'number') settings.push({ key: 'settingThreshold', value: setting.threshold });
      if (typeof setting.minConfidence === 'number')
        settings.push({ key: 'settingMinConfidence', value: setting.minConfidence });
      if (typeof setting.minSupport === 'number')
        settings.push({ key: 'settingMinSupport', value: setting.minSupport });
      if (typeof setting.minVerdict === 'string')
        settings.push({ key: 'settingMinVerdict', value: setting.minVerdict });
      if (Array.isArray(setting.types) && setting.types.length > 0)
        settings.push({ key: 'settingTypes', value: setting.types.map(String) });
      rows.push({ stage, check, action: String(setting.action), settings });
    }
  }
  return rows;
}

/** Parses the edited policy text: the object, or why it is not JSON (the server checks its shape). */
export function parsePolicyText(text: string): { ok: true; policy: GuardPolicy } | { ok: false; reason: string } {
  try {
    const value: unknown = JSON.parse(text.trim() === '' ? '{}' : text);
    if (!value || typeof value !== 'object' || Array.isArray(value)) return { ok: false, reason: '{ … }' };
    return { ok: true, policy: value as GuardPolicy };
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error) };
  }
}
