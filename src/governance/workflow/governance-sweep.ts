import type { Principal, ServiceContext } from '../../access/index.ts';
import type { Db } from '../../store/index.ts';
import { detectModelChanges } from './model-identity.ts';
import { sweepOverdueReviews } from './overdue-reviews.ts';

/** The platform acting on its own (the sweep): platform-wide, recorded as `system`. */
export const GOVERNANCE_SWEEPER: Principal = {
  id: 'system',
  roles: ['platform_admin'],
  departmentId: null,
  keyId: null,
};

/**
 * One pass of the governance sweep: model identities that differ from the assessed ones make
 * re-assessment due; overdue live applications are flagged, and suspended where their
 * department's policy says so.
 */
export async function runGovernanceSweep(db: Db, now = new Date()) {
  const ctx: ServiceContext = { principal: GOVERNANCE_SWEEPER, requestId: null };
  const modelChanges = await detectModelChanges(db, ctx);
  const overdue = await sweepOverdueReviews(db, ctx, now);
  return { modelChanges: modelChanges.map((flag) => flag.applicationId), ...overdue };
}

/** Sweeps every `intervalMs` (default 15 minutes; first pass at start); `stop` ends it. */
export function startGovernanceSweep(
  db: Db,
  onError: (error: unknown) => void,
  intervalMs = 15 * 60_000,
): { stop(): void } {
  const run = () => void runGovernanceSweep(db).catch(onError);
  run();
  const timer = setInterval(run, intervalMs);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
