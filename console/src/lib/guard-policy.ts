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
