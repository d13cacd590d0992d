import { asc, count, sum } from 'drizzle-orm';
import { type FaqEntryInput, LexicalRetriever } from '../../retrieval/index.ts';
import { type AiApplicationStatus, type AiApplicationType, aiApplications, type Executor } from '../../store/index.ts';
import { APPLICATION_TYPE_LABELS } from './application-types.ts';
import type { AiApplication } from './applications.ts';
import { type CatalogueEntry, catalogueEntryOf } from './catalogue-entry.ts';

/** A catalogue search: words in any of our languages (optional), and filters that must all hold. */
export interface CatalogueQuery {
  q?: string | undefined;
  departmentId?: string | undefined;
  type?: AiApplicationType | undefined;
  status?: AiApplicationStatus | undefined;
  riskLevel?: 'low' | 'medium' | 'high' | undefined;
  /** At most this many hits (default 20). */
  limit?: number | undefined;
}

export interface CatalogueHit {
  entry: CatalogueEntry;
  /** 0–1 as the retrieval engine calibrates it; null when the search had no words (browsing). */
  confidence: number | null;
}

/**
 * Below this a hit shares little more than a common character with the query: the catalogue
 * leaves it out rather than list every application for any query.
 */
const MIN_CONFIDENCE = 0.2;

/**
 * The catalogue held in memory for search with LionRock's own retrieval engine: each application
 * is one entry whose question is its Traditional Chinese name and whose other phrasings are its
 * English name and both purposes, with its type's words in both languages as keywords, so a
 * Chinese query (Traditional, Simplified or Cantonese) finds an application by its English fields'
 * counterparts and the reverse.
 *
 * Multi-node safe without a message bus: every search first reads the row count and the sum of
 * `revision` (bumped by every change), and rebuilds the index when they differ from what it
 * loaded, so a change made on another node is seen by the next search here.
 */
export class CatalogueIndex {
  private retriever = new LexicalRetriever();
  private rows = new Map<string, AiApplication>();
  private loaded: string | null = null;
  private syncing: Promise<void> | null = null;

  constructor(private readonly db: Executor) {}

  /** Ranks the catalogue for `query` (every department's applications, catalogue fields only). */
  async search(query: CatalogueQuery): Promise<CatalogueHit[]> {
    await this.refresh();
    const limit = query.limit ?? 20;
    const accepts = (row: AiApplication | undefined): row is AiApplication =>
      row !== undefined &&
      (query.departmentId === undefined || row.departmentId === query.departmentId) &&
      (query.type === undefined || row.type === query.type) &&
      (query.status === undefined || row.status === query.status) &&
      (query.riskLevel === undefined || row.riskLevel === query.riskLevel);
    const words = query.q?.trim() ?? '';
    if (words === '') {
      return [...this.rows.values()]
        .filter(accepts)
        .sort((a, b) => a.nameEn.localeCompare(b.nameEn) || a.id.localeCompare(b.id))
        .slice(0, limit)
        .map((row) => ({ entry: catalogueEntryOf(row), confidence: null }));
    }
    // Filters are applied to the ranked list: the catalogue is small enough to rank whole.
    const { hits } = this.retriever.search(words, {
      k: Math.max(1, this.retriever.size),
      minConfidence: MIN_CONFIDENCE,
    });
    const found: CatalogueHit[] = [];
    for (const hit of hits) {
      const row = this.rows.get(hit.id);
      if (!accepts(row)) continue;
      found.push({ entry: catalogueEntryOf(row), confidence: hit.confidence });
      if (found.length === limit) break;
    }
    return found;
  }

  /** Reloads the index if any application changed since it was built (on any node). */
  refresh(): Promise<void> {
    this.syncing ??= this.sync().finally(() => {
      this.syncing = null;
    });
    return this.syncing;
  }

  private async sync(): Promise<void> {
    const [state] = await this.db.select({ n: count(), revisions: sum(aiApplications.revision) }).from(aiApplications);
    const signature = `${state?.n ?? 0}:${state?.revisions ?? 0}`;
    if (signature === this.loaded) return;
    const rows = await this.db.select().from(aiApplications).orderBy(asc(aiApplications.id));
    const retriever = new LexicalRetriever();
    retriever.upsert(rows.map(entryOf));
    this.retriever = retriever;
    this.rows = new Map(rows.map((row) => [row.id, row]));
    // What was read may already be newer than the signature: the next search then reloads once more.
    this.loaded = signature;
  }
}

/** An application as a retrieval entry. */
function entryOf(row: AiApplication): FaqEntryInput {
  const type = APPLICATION_TYPE_LABELS[row.type];
  return {
    id: row.id,
    question: row.nameZhHant,
    alternateQuestions: [row.nameEn, row.purposeEn, row.purposeZhHant],
    keywords: [type.en, type.zhHant, ...type.keywords, ...row.models.map((m) => m.model)],
    department: row.departmentId,
    status: row.status,
  };
}
