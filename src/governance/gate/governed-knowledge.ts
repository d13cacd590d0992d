import type { ServiceContext } from '../../access/index.ts';
import { type KnowledgeVersion, reviewVersion } from '../../knowledge/index.ts';
import type { Db } from '../../store/index.ts';
import { onKnowledgePublished } from '../workflow/index.ts';

/**
 * Reviews a knowledge draft (publish or reject, maker-checker as `reviewVersion`) and, when it is
 * published, runs the re-assessment trigger: a new kind of knowledge source feeding an assessed bot
 * makes its application due (issue #16). What the API's review route and the CLI's `kb publish`
 * call, so neither publishes around the trigger.
 *
 * @example await reviewGovernedVersion(db, ctx, versionId, { approve: true })
 */
export async function reviewGovernedVersion(
  db: Db,
  ctx: ServiceContext,
  versionId: string,
  decision: Parameters<typeof reviewVersion>[3],
): Promise<KnowledgeVersion> {
  const version = await reviewVersion(db, ctx, versionId, decision);
  if (version.status === 'published') await onKnowledgePublished(db, ctx, version.sourceId);
  return version;
}
