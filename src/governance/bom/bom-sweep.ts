import { ne } from 'drizzle-orm';
import type { ServiceContext } from '../../access/index.ts';
import { aiApplications, type Db } from '../../store/index.ts';
import { GOVERNANCE_SWEEPER } from '../workflow/index.ts';
import { collectBomFacts } from './bom-facts.ts';
import { type BomChange, recordBomChanges, recordDependencyChange } from './bom-changes.ts';
import { readLockfile } from './lockfile-packages.ts';

/**
 * One pass of the BOM sweep: LionRock's lockfile against the last one recorded (a dependency
 * update), then every application that is not retired (models reported, knowledge sources).
 * `lockfile` is LionRock's own unless a test passes another.
 */
export async function runBomSweep(
  db: Db,
  options: { now?: Date; lockfile?: URL | string } = {},
): Promise<{ dependencies: BomChange | null; changes: BomChange[] }> {
  const ctx: ServiceContext = { principal: GOVERNANCE_SWEEPER, requestId: null };
  const now = options.now ?? new Date();
  const dependencies = await recordDependencyChange(db, ctx, readLockfile(options.lockfile), now);
  const changes: BomChange[] = [];
  const applications = await db.select().from(aiApplications).where(ne(aiApplications.status, 'retired'));
  for (const application of applications) {
    changes.push(...(await recordBomChanges(db, ctx, await collectBomFacts(db, application), now)));
  }
  return { dependencies, changes };
}

/** Sweeps every `intervalMs` (default 15 minutes); the first pass at start records a dependency update. */
export function startBomSweep(db: Db, onError: (error: unknown) => void, intervalMs = 15 * 60_000): { stop(): void } {
  const run = () => void runBomSweep(db).catch(onError);
  run();
  const timer = setInterval(run, intervalMs);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
