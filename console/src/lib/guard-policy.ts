import type { ApiResponse } from './api-types.ts';

/**
 * A guard policy as the server's schema has it, and the small steps every editor of one takes: the
 * bot editor's override and the guard page's department and bot policies.
 */
export type GuardPolicy = ApiResponse<'/api/v1/guard/policy', 'get'>['effective'];
export type Stage = keyof GuardPolicy;
export type Check = keyof NonNullable<GuardPolicy['input']>;

/** The stages in the order a turn meets them: question, retrieved passages, answer. */
export const STAGES: readonly Stage[] = ['input', 'context', 'output'];
export const CHECKS: readonly Check[] = ['pii', 'injection', 'urls', 'grounding'];
/** The actions each check takes (personal data can also be masked, pseudonymised or dropped). */
export const CHECK_ACTIONS: Record<Check, readonly string[]> = {
  pii: ['block', 'mask', 'pseudonymise', 'drop', 'warn', 'log'],
  injection: ['block', 'warn', 'log'],
  urls: ['block', 'warn', 'log'],
  grounding: ['block', 'warn', 'log'],
};

/** The action a policy sets for one check at one stage, or null when the level below applies. */
export function guardAction(policy: GuardPolicy | null, stage: Stage, check: Check): string | null {
  return policy?.[stage]?.[check]?.action ?? null;
}

/**
 * The policy with one check's action set (its other settings, e.g. a threshold, kept) or removed
 * (`null`: the level below applies). A policy that sets nothing is `null`.
 */
export function withGuardAction(
  policy: GuardPolicy | null,
  stage: Stage,
  check: Check,
  action: string | null,
): GuardPolicy | null {
  const stagePolicy: Record<string, unknown> = { ...policy?.[stage] };
  if (action === null) delete stagePolicy[check];
  else stagePolicy[check] = { ...(stagePolicy[check] as object | undefined), action };
  const next: Record<string, unknown> = { ...policy };
  if (Object.keys(stagePolicy).length === 0) delete next[stage];
  else next[stage] = stagePolicy;
  return Object.keys(next).length === 0 ? null : (next as GuardPolicy);
}

type PiiType = NonNullable<NonNullable<NonNullable<GuardPolicy['input']>['pii']>['types']>[number];
/** The guard's personal-data type codes, in the order the settings list them. */
export const PII_TYPES = [
  'HKID',
  'PHONE',
  'PASSPORT',
  'EMAIL',
  'CREDIT_CARD',
  'BANK_ACCOUNT',
  'IP_ADDRESS',
  'DATE_OF_BIRTH',
  'ADDRESS',
  'PERSON',
] as const satisfies readonly PiiType[];

/** A check's settings beside its action: scores from 0 to 1, the verdict links are acted on, personal-data types. */
export const CHECK_SETTINGS = {
  pii: ['types', 'minConfidence'],
  injection: ['threshold'],
  urls: ['minVerdict'],
  grounding: ['minSupport'],
} as const satisfies Record<Check, readonly string[]>;
export type Setting = (typeof CHECK_SETTINGS)[Check][number];

/** One setting of a check set at this level, as the policy has it (undefined: the default applies). */
export function guardSetting(policy: GuardPolicy | null, stage: Stage, check: Check, setting: Setting): unknown {
  return (policy?.[stage]?.[check] as Record<string, unknown> | undefined)?.[setting];
}

/**
 * The policy with one setting of a check set (`undefined`: removed, the default applies), its action
 * and other settings kept. A check this level does not set has no settings here: the policy is returned as it is.
 */
export function withGuardSetting(
  policy: GuardPolicy | null,
  stage: Stage,
  check: Check,
  setting: Setting,
  value: unknown,
): GuardPolicy | null {
  const own = policy?.[stage]?.[check] as Record<string, unknown> | undefined;
  if (!policy || !own) return policy;
  const next = { ...own };
  if (value === undefined) delete next[setting];
  else next[setting] = value;
  return { ...policy, [stage]: { ...policy[stage], [check]: next } };
}

/**
 * Whether `path` (`input.injection.threshold`, or within it: `input.pii.types.0`) is a setting of a
 * check `policy` sets at this level, one that the settings form shows beside its field.
 */
export function isOwnSetting(policy: GuardPolicy | null, path: string): boolean {
  const [stage, check, setting] = path.split('.') as [Stage, Check, string | undefined];
  return (
    STAGES.includes(stage) &&
    CHECKS.includes(check) &&
    guardAction(policy, stage, check) !== null &&
    (CHECK_SETTINGS[check] as readonly string[]).includes(setting ?? '')
  );
}
