import { and, eq, isNotNull } from 'drizzle-orm';
import {
  type Embedder,
  type FaqEntryInput,
  HybridRetriever,
  type Language,
  LexicalRetriever,
  type LexicalRetrieverOptions,
  type SearchHit,
} from '../retrieval/index.ts';
import { type Executor, knowledgeChunks, knowledgeSources, knowledgeVersions } from '../store/index.ts';
import type { ChunkDraft } from './chunk.ts';
import { type DraftFinding, withheld } from './draft-findings.ts';

/** What a hit carries so that an answer can quote and cite it. */
export interface IndexedChunk {
  entryId: string;
  chunkId: string;
  sourceId: string;
  sourceTitle: string;
  origin: string;
  version: number;
  departmentId: string;
  botId: string | null;
  kind: ChunkDraft['kind'];
  /** Language the file declared (bilingual FAQ columns), else null. */
  language: string | null;
  entryKey: string;
  question: string;
  text: string;
  headingPath: string[];
  page: number | null;
  citationUrl: string | null;
}

export interface KnowledgeHit extends SearchHit {
  chunk: IndexedChunk;
}

/** Whose published knowledge to search: a department's, a bot's within it, and optionally one kind of chunk. */
export interface KnowledgeSearchOptions {
  departmentId: string;
  botId?: string | undefined;
  kind?: IndexedChunk['kind'] | undefined;
  k?: number;
}

/** Dense retrieval for {@link KnowledgeIndex}: an embeddings endpoint and its similarity floor. */
export interface DenseRetrieval {
  embedder: Embedder;
  similarityFloor?: number;
}

/** Whether dense retrieval is on and how far embedding has got; see {@link KnowledgeIndex.denseStatus}. */
export interface DenseStatus {
  configured: boolean;
  entries: number;
  embedded: number;
  /** The endpoint's last indexing error, null once a later batch succeeded. */
  lastError: string | null;
}

/**
 * The searchable, published knowledge of every department, held in memory by each API node and
 * kept in step with the database: only a source's published version is ever in it, so drafts
 * and rejected content can never be served. `refresh()` compares each source's published version
 * with what is loaded and swaps in exactly the sources that changed (on this node right after a
 * publish, on other nodes at the next poll).
 *
 * With an embeddings endpoint configured, search is hybrid (lexical and dense fused): a source is
 * searchable lexically the moment it loads and joins the dense side once the endpoint has embedded
 * it; if the endpoint fails, search stays lexical.
 */
export class KnowledgeIndex {
  readonly retriever: LexicalRetriever;
  private readonly hybrid: HybridRetriever | undefined;
  private readonly embedding = new Set<Promise<void>>();
  private lastDenseError: string | null = null;
  private readonly loaded = new Map<string, { version: number; revision: number; entryIds: string[] }>();
  private readonly chunks = new Map<string, IndexedChunk>();
  private timer: NodeJS.Timeout | null = null;
  private refreshing: Promise<void> | null = null;

  /** `retrieval`: options of the lexical engine (the benchmarks compare confidence models with it). */
  constructor(
    private readonly db: Executor,
    dense?: DenseRetrieval,
    retrieval: LexicalRetrieverOptions = {},
  ) {
    this.retriever = new LexicalRetriever(retrieval);
    this.hybrid = dense
      ? new HybridRetriever(this.retriever, dense.embedder, {
          ...(dense.similarityFloor === undefined ? {} : { similarityFloor: dense.similarityFloor }),
        })
      : undefined;
  }

  async start(pollMs = 10_000): Promise<void> {
    await this.refresh();
    this.timer = setInterval(() => void this.refresh().catch(() => undefined), pollMs);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
  }

  /** Brings the index in line with the published versions in the database. */
  refresh(): Promise<void> {
    this.refreshing ??= this.sync().finally(() => {
      this.refreshing = null;
    });
    return this.refreshing;
  }

  async search(query: string, options: KnowledgeSearchOptions): Promise<KnowledgeHit[]> {
    return (await this.searchWithLanguage(query, options)).hits;
  }

  /**
   * Hits plus the language the engine detected in the query (what a bot replies in), and whether dense
   * retrieval took part (false without an embeddings endpoint, or while it fails).
   */
  async searchWithLanguage(
    query: string,
    options: KnowledgeSearchOptions,
  ): Promise<{ language: Language; hits: KnowledgeHit[]; dense: boolean }> {
    const searchOptions = {
      k: options.k ?? 10,
      filter: {
        department: options.departmentId,
        ...(options.botId ? { bot: options.botId } : {}),
        ...(options.kind ? { kind: options.kind } : {}),
      },
    };
    const { language, hits, dense } = this.hybrid
      ? await this.hybrid.search(query, searchOptions)
      : { ...this.retriever.search(query, searchOptions), dense: false };
    return {
      language,
      dense,
      hits: hits.flatMap((hit) => {
        const chunk = this.chunks.get(hit.id);
        return chunk ? [{ ...hit, chunk }] : [];
      }),
    };
  }

  /** A loaded entry by id (e.g. the other-language sibling of a bilingual FAQ entry). */
  chunk(entryId: string): IndexedChunk | undefined {
    return this.chunks.get(entryId);
  }

  /** Teaches the engine that `question` asks for `entryId` (a confirmed phrasing); false if unknown. */
  learn(entryId: string, question: string): boolean {
    return this.chunks.has(entryId) && this.retriever.learn(entryId, question);
  }

  get size(): number {
    return this.chunks.size;
  }

  denseStatus(): DenseStatus {
    return {
      configured: this.hybrid !== undefined,
      entries: this.chunks.size,
      embedded: this.hybrid?.embeddedCount ?? 0,
      lastError: this.lastDenseError,
    };
  }

  /** Resolves when every source loaded so far has been embedded (or its embedding failed). */
  async embedded(): Promise<void> {
    while (this.embedding.size > 0) await Promise.all([...this.embedding]);
  }

  private async sync(): Promise<void> {
    const sources = await this.db
      .select({
        id: knowledgeSources.id,
        version: knowledgeSources.publishedVersion,
        revision: knowledgeSources.revision,
      })
      .from(knowledgeSources)
      .where(isNotNull(knowledgeSources.publishedVersion));
    const wanted = new Map(sources.map((s) => [s.id, { version: s.version ?? 0, revision: s.revision }]));
    // A withdrawn source has no published version: it is not wanted, so it is unloaded here.
    for (const [sourceId, loaded] of this.loaded) {
      if (wanted.get(sourceId)?.version !== loaded.version) this.unload(sourceId);
    }
    for (const [sourceId, { version, revision }] of wanted) {
      const loaded = this.loaded.get(sourceId);
      if (!loaded) await this.load(sourceId, version, revision);
      else if (loaded.revision !== revision) await this.relearn(sourceId, loaded, revision);
    }
  }

  /** Same version, new revision: learns the phrasings stored since (learning skips known ones). */
  private async relearn(sourceId: string, loaded: { version: number; revision: number }, revision: number) {
    const rows = await this.db
      .select({ entryKey: knowledgeChunks.entryKey, alternateQuestions: knowledgeChunks.alternateQuestions })
      .from(knowledgeChunks)
      .innerJoin(knowledgeVersions, eq(knowledgeVersions.id, knowledgeChunks.versionId))
      .where(and(eq(knowledgeChunks.sourceId, sourceId), eq(knowledgeVersions.version, loaded.version)));
    for (const row of rows) {
      for (const question of row.alternateQuestions) this.learn(`${sourceId}:${row.entryKey}`, question);
    }
    loaded.revision = revision;
  }

  private unload(sourceId: string): void {
    const loaded = this.loaded.get(sourceId);
    if (!loaded) return;
    if (this.hybrid) this.hybrid.remove(loaded.entryIds);
    else this.retriever.remove(loaded.entryIds);
    for (const id of loaded.entryIds) this.chunks.delete(id);
    this.loaded.delete(sourceId);
  }

  private async load(sourceId: string, version: number, revision: number): Promise<void> {
    const rows = await this.db
      .select({ chunk: knowledgeChunks, source: knowledgeSources, findings: knowledgeVersions.findings })
      .from(knowledgeChunks)
      .innerJoin(knowledgeVersions, eq(knowledgeVersions.id, knowledgeChunks.versionId))
      .innerJoin(knowledgeSources, eq(knowledgeSources.id, knowledgeChunks.sourceId))
      .where(
        and(
          eq(knowledgeChunks.sourceId, sourceId),
          eq(knowledgeVersions.version, version),
          eq(knowledgeVersions.status, 'published'),
        ),
      );
    const entries: FaqEntryInput[] = [];
    const ids: string[] = [];
    // Planted instructions are never served, even when an approver published the rest over the findings.
    const flagged = new Set(withheld((rows[0]?.findings ?? []) as DraftFinding[]).map((finding) => finding.ordinal));
    for (const { chunk, source } of rows) {
      if (flagged.has(chunk.ordinal)) continue;
      // Keyed by source and entry, not chunk: a phrasing learned for an entry survives republishing.
      const entryId = `${sourceId}:${chunk.entryKey}`;
      ids.push(entryId);
      this.chunks.set(entryId, {
        entryId,
        chunkId: chunk.id,
        sourceId,
        sourceTitle: source.title,
        origin: source.origin,
        version,
        departmentId: chunk.departmentId,
        botId: source.botId,
        kind: chunk.kind,
        language: chunk.language,
        entryKey: chunk.entryKey,
        question: chunk.question,
        text: chunk.text,
        headingPath: chunk.headingPath,
        page: chunk.page,
        citationUrl: chunk.citationUrl,
      });
      entries.push({
        id: entryId,
        question: chunk.question,
        answer: chunk.text,
        alternateQuestions: chunk.alternateQuestions,
        keywords: chunk.keywords,
        title: [source.title, ...chunk.headingPath].join(' '),
        department: chunk.departmentId,
        bots: source.botId ? [source.botId] : [],
        kind: chunk.kind,
        ...(chunk.language === 'en' || chunk.language === 'zh-Hant' || chunk.language === 'zh-Hans'
          ? { language: chunk.language }
          : {}),
      });
    }
    if (this.hybrid) this.embed(this.hybrid, entries);
    else this.retriever.upsert(entries);
    this.loaded.set(sourceId, { version, revision, entryIds: ids });
  }

  /** Indexes lexically now and embeds in the background, so loading never waits on the endpoint. */
  private embed(hybrid: HybridRetriever, entries: FaqEntryInput[]): void {
    const pending: Promise<void> = hybrid
      .upsert(entries)
      .then(({ error }) => {
        this.lastDenseError = error ? `embeddings endpoint: ${error.message}` : null;
      })
      .finally(() => this.embedding.delete(pending));
    this.embedding.add(pending);
  }
}
