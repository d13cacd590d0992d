import { and, eq, inArray, ne } from 'drizzle-orm';
import type { SourceConsent } from '../../chat/index.ts';
import { type Db, datasetKnowledgeSources, datasets } from '../../store/index.ts';
import { CONSENT_CHECKER, checkConsent, peekConsent } from './consents.ts';

const NONE: ReadonlySet<string> = new Set();

/**
 * The chat module's consent check at the point of use: one query finds which of a turn's sources
 * are built on another department's non-public dataset (for nearly every turn: none, and that is
 * all it costs); each such source is checked against a live consent, read afresh every turn so a
 * revocation holds at the very next question, and the use audited as `consent.use` with the
 * source and bot. A link without a purpose (a dataset made non-public after it was linked) is
 * refused: no consent names an empty purpose.
 *
 * @example const conversation = { ...deps, sourceConsent: consentedSources(store.db) };
 */
export function consentedSources(db: Db): SourceConsent {
  return {
    async refused({ departmentId, botId, sourceIds, requestId, audit }) {
      if (!sourceIds.length) return NONE;
      const links = await db
        .select({
          sourceId: datasetKnowledgeSources.sourceId,
          purpose: datasetKnowledgeSources.purpose,
          provider: datasets.departmentId,
          scope: datasets.name,
        })
        .from(datasetKnowledgeSources)
        .innerJoin(datasets, eq(datasets.id, datasetKnowledgeSources.datasetId))
        .where(
          and(
            inArray(datasetKnowledgeSources.sourceId, [...sourceIds]),
            ne(datasets.departmentId, departmentId),
            ne(datasets.classification, 'public'),
          ),
        );
      if (!links.length) return NONE;
      const refused = new Set<string>();
      for (const link of links) {
        const use = { provider: link.provider, consumer: departmentId, scope: link.scope, purpose: link.purpose ?? '' };
        const verdict = audit
          ? await checkConsent(db, use, { principal: CONSENT_CHECKER, requestId }, { sourceId: link.sourceId, botId })
          : await peekConsent(db, use);
        if (!verdict.allowed) refused.add(link.sourceId);
      }
      return refused;
    },
  };
}
