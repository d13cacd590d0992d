import { withOwnFieldChanges } from '../core/index.ts';
import { type GuardPolicy, STAGES } from './policy.ts';

/** A policy's checks by `stage.check` (`output.pii`): the unit in which two editors' changes are compared. */
function checksOf(policy: GuardPolicy | null): Record<string, unknown> {
  const checks: Record<string, unknown> = {};
  for (const stage of STAGES) {
    for (const [check, setting] of Object.entries(policy?.[stage] ?? {})) {
      if (setting !== undefined) checks[`${stage}.${check}`] = setting;
    }
  }
  return checks;
}

function policyOf(checks: Record<string, unknown>): GuardPolicy {
  const policy: Record<string, Record<string, unknown>> = {};
  for (const [path, setting] of Object.entries(checks)) {
    const [stage = '', check = ''] = path.split('.');
    policy[stage] = { ...policy[stage], [check]: setting };
  }
  return policy as GuardPolicy;
}

/**
 * An editor's policy applied to the one stored now, check by check: the checks it changed from
 * `base` (the stored policy as it read it; null: none) take its setting, or go when it removed
 * them; every other check stays as stored, with whatever someone else set meanwhile. A check both
 * changed, to different settings, is a clash: saving it would undo theirs without a word.
 *
 * @example withOwnPolicyChanges({ base: null, next: { output: { pii: { action: 'block' } } }, stored }) // stored, with output.pii blocked
 */
export function withOwnPolicyChanges({
  base,
  next,
  stored,
}: {
  base: GuardPolicy | null;
  next: GuardPolicy;
  stored: GuardPolicy | null;
}): { policy: GuardPolicy; clashes: [] } | { clashes: string[] } {
  const { merged, clashes } = withOwnFieldChanges({
    base: checksOf(base),
    next: checksOf(next),
    stored: checksOf(stored),
  });
  return clashes.length > 0 ? { clashes } : { policy: policyOf(merged), clashes: [] };
}
