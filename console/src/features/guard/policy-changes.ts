import type { GuardPolicy } from './api/guard-api.ts';
import { rebasedRecord } from '../../lib/changed-meanwhile.ts';
import { STAGES } from '../../lib/guard-policy.ts';
import { parsePolicyText } from './components/policy-rows.ts';

/** A check of a policy by its path, `stage.check` (`output.pii`), as the server names it (`body.policy.output.pii`). */
export type CheckPath = string;

function checksOf(policy: GuardPolicy): Record<CheckPath, unknown> {
  const checks: Record<CheckPath, unknown> = {};
  for (const stage of STAGES) {
    for (const [check, setting] of Object.entries(policy[stage] ?? {})) {
      if (setting !== undefined) checks[`${stage}.${check}`] = setting;
    }
  }
  return checks;
}

function policyOf(checks: Record<CheckPath, unknown>): GuardPolicy {
  const policy: Record<string, Record<string, unknown>> = {};
  for (const [path, setting] of Object.entries(checks)) {
    const [stage = '', check = ''] = path.split('.');
    policy[stage] = { ...policy[stage], [check]: setting };
  }
  return policy as GuardPolicy;
}

/** JSON with each object's keys in order: the officer may type a check's settings in any order. */
const keyed = (value: unknown): string =>
  JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => a.localeCompare(b)))
      : inner,
  );
const same = (a: unknown, b: unknown) => keyed(a) === keyed(b);

/** The policy as the editor's box shows it. */
export const policyText = (policy: GuardPolicy | null) => JSON.stringify(policy ?? {}, null, 2);

/**
 * The officer's policy text moved onto the policy as saved now (`latest`), check by check as the
 * server judges a save (src/guard/policy-changes.ts): the checks the officer changed from `base`
 * keep the officer's setting, every other check shows the saved one; `clashes` are the checks both
 * changed differently, `theirs` how many checks someone else changed. Null while the text is not
 * a policy yet: it moves once it is.
 */
export function rebasedPolicyText(
  base: string,
  draft: string,
  latest: string,
): { draft: string; clashes: CheckPath[]; theirs: number } | null {
  const [before, mine, now] = [base, draft, latest].map(parsePolicyText);
  if (!before?.ok || !mine?.ok || !now?.ok) return null;
  const [b, m, n] = [checksOf(before.policy), checksOf(mine.policy), checksOf(now.policy)];
  const moved = rebasedRecord(b, m, n, same);
  // Unchanged by the officer, the box shows the saved policy's own text.
  return { ...moved, draft: same(b, m) ? latest : policyText(policyOf(moved.draft)) };
}

/** The text with one check as `theirs` (the policy as saved now) has it. */
export function withTheirCheck(draft: string, theirs: string, path: CheckPath): string {
  const [mine, saved] = [parsePolicyText(draft), parsePolicyText(theirs)];
  if (!mine.ok || !saved.ok) return draft;
  const checks = checksOf(mine.policy);
  const theirSetting = checksOf(saved.policy)[path];
  if (theirSetting === undefined) delete checks[path];
  else checks[path] = theirSetting;
  return policyText(policyOf(checks));
}
