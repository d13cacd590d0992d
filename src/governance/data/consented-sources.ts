import { and, eq, ne } from 'drizzle-orm';
import type { SourceConsent } from '../../chat/index.ts';
import { type Db, datasetKnowledgeSources, datasets, knowledgeSources } from '../../store/index.ts';
import { CONSENT_CHECKER, checkConsent, peekConsent } from './consents.ts';

const NONE: ReadonlySet<string> = new Set();

/** A knowledge source resting on another department's non-public dataset: what a consent must cover. */
interface ConsentedLink {
  provider: string;
  scope: string;
  /** Null for a link made while the dataset was public: no consent names an empty purpose. */
  purpose: string | null;
}

/**
 * Which links need a consent changes only when a source is linked or a dataset reclassified; both
 * bump this on this node (`linksChanged`), and other nodes reload within `LINKS_TTL_MS`.
 */
let generation = 0;
const LINKS_TTL_MS = 5_000;

/** Called after a source's dataset link or a dataset's classification changes on this node. */
export function linksChanged(): void {
  generation += 1;
}

/**
 * The chat module's consent check at the point of use. The links that need a consent (sources
 * resting on another department's non-public dataset: for most departments none) are held in
 * memory, reloaded when this node changes a link or a classification and otherwise every few
 * seconds, so a turn using none of them costs no query. A turn that would use one checks it against
 * the consents read afresh (never cached: a revocation holds at the very next question) and the use
 * is audited as `consent.use` with the source and bot.
 *
 * @example const conversation = { ...deps, sourceConsent: consentedSources(store.db) };
 */
export function consentedSources(db: Db): SourceConsent {
  let loaded: { generation: number; at: number; links: Map<string, ConsentedLink> } | null = null;
  let loading: Promise<Map<string, ConsentedLink>> | null = null;

  async function load(): Promise<Map<string, ConsentedLink>> {
    const seen = generation;
    const rows = await db
      .select({
        sourceId: datasetKnowledgeSources.sourceId,
        purpose: datasetKnowledgeSources.purpose,
        provider: datasets.departmentId,
        scope: datasets.name,
      })
      .from(datasetKnowledgeSources)
      .innerJoin(datasets, eq(datasets.id, datasetKnowledgeSources.datasetId))
      .innerJoin(knowledgeSources, eq(knowledgeSources.id, datasetKnowledgeSources.sourceId))
      .where(and(ne(datasets.departmentId, knowledgeSources.departmentId), ne(datasets.classification, 'public')));
    const links = new Map(rows.map(({ sourceId, ...link }) => [sourceId, link] as const));
    loaded = { generation: seen, at: Date.now(), links };
    return links;
  }

  function links(): Map<string, ConsentedLink> | Promise<Map<string, ConsentedLink>> {
    if (loaded && loaded.generation === generation && Date.now() - loaded.at < LINKS_TTL_MS) return loaded.links;
    loading ??= load().finally(() => {
      loading = null;
    });
    return loading;
  }

  return {
    async refused({ departmentId, botId, sourceIds, requestId, audit }) {
      const known = await links();
      if (!known.size) return NONE;
      const refused = new Set<string>();
      for (const sourceId of sourceIds) {
        const link = known.get(sourceId);
        if (!link) continue;
        const use = { provider: link.provider, consumer: departmentId, scope: link.scope, purpose: link.purpose ?? '' };
        const verdict = audit
          ? await checkConsent(db, use, { principal: CONSENT_CHECKER, requestId }, { sourceId, botId })
          : await peekConsent(db, use);
        if (!verdict.allowed) refused.add(sourceId);
      }
      return refused;
    },
  };
}
