import { randomUUID } from 'node:crypto';
import type { Principal } from '../../access/index.ts';
import type { Executor } from '../../store/index.ts';
import { getApplication } from '../registry/index.ts';
import { collectBomFacts } from './bom-facts.ts';
import { buildBom, type CycloneDxBom } from './cyclonedx-bom.ts';
import { readLockfile } from './lockfile-packages.ts';
import { platformModels } from './platform-models.ts';

/**
 * The AI bill of materials of an application the principal may read, as CycloneDX 1.6 JSON, made
 * now from the database, LionRock's lockfile and its own models. Another department's application
 * is a 404.
 *
 * @example const bom = await applicationBom(db, principal, applicationId)
 */
export async function applicationBom(
  db: Executor,
  principal: Principal,
  applicationId: string,
  now = new Date(),
): Promise<CycloneDxBom> {
  const application = await getApplication(db, principal, applicationId);
  const facts = await collectBomFacts(db, application);
  return buildBom(facts, readLockfile(), platformModels(), { now, serial: randomUUID() });
}
