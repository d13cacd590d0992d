import { and, eq, isNotNull } from 'drizzle-orm';
import { type FaqEntryInput, type Language, LexicalRetriever, type SearchHit } from '../retrieval/index.ts';
import { type Executor, knowledgeChunks, knowledgeSources, knowledgeVersions } from '../store/index.ts';

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
  kind: 'faq' | 'passage' | 'dataset';
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

/**
 * The searchable, published knowledge of every department, held in memory by each API node and
 * kept in step with the database: only a source's published version is ever in it, so drafts
 * and rejected content can never be served. `refresh()` compares each source's published version
 * with what is loaded and swaps in exactly the sources that changed (on this node right after a
 * publish, on other nodes at the next poll).
 */
export class KnowledgeIndex {
  readonly retriever = new LexicalRetriever();
  private readonly loaded = new Map<string, { version: number; entryIds: string[] }>();
  private readonly chunks = new Map<string, IndexedChunk>();
  private timer: NodeJS.Timeout | null = null;
  private refreshing: Promise<void> | null = null;

  constructor(private readonly db: Executor) {}

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

  search(query: string, options: { departmentId: string; botId?: string | undefined; k?: number }): KnowledgeHit[] {
    return this.searchWithLanguage(query, options).hits;
  }

  /** Hits plus the language the engine detected in the query (what a bot replies in). */
  searchWithLanguage(
    query: string,
    options: { departmentId: string; botId?: string | undefined; k?: number },
  ): { language: Language; hits: KnowledgeHit[] } {
    const { language, hits } = this.retriever.search(query, {
      k: options.k ?? 10,
      filter: { department: options.departmentId, ...(options.botId ? { bot: options.botId } : {}) },
    });
    return {
      language,
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

  private async sync(): Promise<void> {
    const sources = await this.db
      .select({ id: knowledgeSources.id, version: knowledgeSources.publishedVersion })
      .from(knowledgeSources)
      .where(isNotNull(knowledgeSources.publishedVersion));
    const wanted = new Map(sources.map((s) => [s.id, s.version ?? 0]));
    for (const [sourceId, loaded] of this.loaded) {
      if (wanted.get(sourceId) !== loaded.version) this.unload(sourceId);
    }
    for (const [sourceId, version] of wanted) {
      if (!this.loaded.has(sourceId)) await this.load(sourceId, version);
    }
  }

  private unload(sourceId: string): void {
    const loaded = this.loaded.get(sourceId);
    if (!loaded) return;
    this.retriever.remove(loaded.entryIds);
    for (const id of loaded.entryIds) this.chunks.delete(id);
    this.loaded.delete(sourceId);
  }

  private async load(sourceId: string, version: number): Promise<void> {
    const rows = await this.db
      .select({ chunk: knowledgeChunks, source: knowledgeSources })
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
    for (const { chunk, source } of rows) {
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
        ...(chunk.language === 'en' || chunk.language === 'zh-Hant' || chunk.language === 'zh-Hans'
          ? { language: chunk.language }
          : {}),
      });
    }
    this.retriever.upsert(entries);
    this.loaded.set(sourceId, { version, entryIds: ids });
  }
}
