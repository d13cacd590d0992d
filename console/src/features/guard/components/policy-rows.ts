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

/** Why edited text is not a policy: not JSON (where, when the browser says), or JSON but not one object. */
export type PolicyTextProblem = { kind: 'json'; line?: number; column?: number } | { kind: 'notObject' };

/**
 * Parses the edited policy text: the object, or why it is not one (the server checks its shape). The
 * browser's own JSON message is English; only its place is kept, for a message in the officer's language.
 */
export function parsePolicyText(
  text: string,
): { ok: true; policy: GuardPolicy } | { ok: false; problem: PolicyTextProblem } {
  try {
    const value: unknown = JSON.parse(text.trim() === '' ? '{}' : text);
    if (!value || typeof value !== 'object' || Array.isArray(value))
      return { ok: false, problem: { kind: 'notObject' } };
    return { ok: true, policy: value as GuardPolicy };
  } catch (error) {
    return { ok: false, problem: { kind: 'json', ...placeOf(text, error instanceof Error ? error.message : '') } };
  }
}

/** The line and column a JSON.parse message points at ("line 3 column 5", or "position 42"), when it does. */
export function placeOf(text: string, message: string): { line?: number; column?: number } {
  const lineColumn = /line (\d+) column (\d+)/.exec(message);
  if (lineColumn) return { line: Number(lineColumn[1]), column: Number(lineColumn[2]) };
  const position = /position (\d+)/.exec(message);
  if (!position) return {};
  const before = text.slice(0, Number(position[1])).split('\n');
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}
