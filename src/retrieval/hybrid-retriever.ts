import type { Embedder } from './embeddings-client.ts';
import type { FaqEntry, FaqEntryInput } from './faq-entry.ts';
import { faqEntrySchema } from './faq-entry.ts';
import type { Language } from './language.ts';
import type { LexicalRetriever } from './lexical-retriever.ts';
import { fuseByReciprocalRank } from './rank-fusion.ts';
import type { SearchHit, SearchOptions } from './search-options.ts';

/** Options of {@link HybridRetriever}. */
export interface HybridOptions {
  /** Candidates taken from each side before fusion (default 50). */
  depth?: number;
  /**
   * Cosine similarity at which a dense match starts to count as confidence (default 0.5); 1 maps to
   * confidence 1, linearly. Embedding models differ in how similar unrelated texts look, so set it per
   * model: the cosine of unrelated question pairs is a good floor.
   */
  similarityFloor?: number;
  /** After a query the endpoint failed to embed, search lexically alone for this long (default 30 s). */
  cooldownMs?: number;
}

/** What {@link HybridRetriever.search} returns. */
export interface HybridSearchResult {
  language: Language;
  hits: SearchHit[];
  /** False when the hits are the lexical ones alone: nothing embedded yet, or the endpoint failed. */
  dense: boolean;
}

/**
 * Lexical retrieval plus dense vectors from an embeddings endpoint, fused by reciprocal rank.
 * Vectors are stored per entry (question, alternates and title embedded as one text; a chunk's text
 * when it has no question). The endpoint never stands in the way of the lexical side: entries are
 * searchable lexically at once, an entry the endpoint could not embed stays lexical-only, and a query
 * the endpoint cannot embed is answered lexically (`dense: false`).
 * Without an embedder configured, use {@link LexicalRetriever} alone: nothing here is required.
 */
export class HybridRetriever {
  private readonly vectors = new Map<string, Float32Array>();
  /** The latest upsert of each entry: vectors that arrive for an older one are dropped. */
  private readonly versions = new Map<string, object>();
  private readonly depth: number;
  private readonly similarityFloor: number;
  private readonly cooldownMs: number;
  /** Until when queries skip the endpoint after it failed one (a hung endpoint must not slow every search). */
  private denseDownUntil = 0;

  constructor(
    readonly lexical: LexicalRetriever,
    private readonly embedder: Embedder,
    options: HybridOptions = {},
  ) {
    this.depth = options.depth ?? 50;
    this.similarityFloor = options.similarityFloor ?? 0.5;
    this.cooldownMs = options.cooldownMs ?? 30_000;
  }

  /**
   * Indexes the entries lexically at once (a bad entry throws here, as in {@link LexicalRetriever.upsert}),
   * then embeds them. The promise tells how many were embedded and the endpoint's error if it failed
   * (those entries stay lexical-only); it never rejects.
   */
  upsert(inputs: readonly FaqEntryInput[]): Promise<{ embedded: number; error?: Error }> {
    const entries = inputs.map((input) => faqEntrySchema.parse(input));
    this.lexical.upsert(entries);
    const versions = entries.map((entry) => {
      const version = {};
      this.versions.set(entry.id, version);
      this.vectors.delete(entry.id);
      return version;
    });
    return this.embedder.embed(entries.map(denseText)).then(
      (vectors) => {
        let embedded = 0;
        entries.forEach((entry, i) => {
          // The entry may have been removed or upserted again while the endpoint was working.
          if (this.versions.get(entry.id) !== versions[i]) return;
          this.vectors.set(entry.id, vectors[i] as Float32Array);
          embedded++;
        });
        return { embedded };
      },
      (error: unknown) => ({ embedded: 0, error: error instanceof Error ? error : new Error(String(error)) }),
    );
  }

  remove(ids: readonly string[]): number {
    for (const id of ids) {
      this.vectors.delete(id);
      this.versions.delete(id);
    }
    return this.lexical.remove(ids);
  }

  /** Learns a phrasing on the lexical side (instant); the stored vector is left as it is. */
  learn(id: string, question: string): boolean {
    return this.lexical.learn(id, question);
  }

  /** Entries that have a vector. */
  get embeddedCount(): number {
    return this.vectors.size;
  }

  /**
   * Fuses the top lexical and dense candidates by reciprocal rank. A hit's confidence is the higher of
   * its lexical confidence and its similarity above the floor, so a paraphrase sharing no word with
   * the entry can still clear a bot's threshold.
   */
  async search(query: string, options: SearchOptions = {}): Promise<HybridSearchResult> {
    const k = options.k ?? 10;
    const lexical = this.lexical.search(query, { ...options, k: this.depth, minConfidence: 0 });
    const queryVector =
      Date.now() < this.denseDownUntil || this.vectors.size === 0
        ? undefined
        : await this.embedder.embed([query]).then(
            ([vector]) => vector,
            () => {
              this.denseDownUntil = Date.now() + this.cooldownMs;
              return undefined;
            },
          );
    if (queryVector === undefined) {
      const hits = lexical.hits.filter((h) => h.confidence >= (options.minConfidence ?? 0)).slice(0, k);
      return { language: lexical.language, hits, dense: false };
    }
    const accepts = this.lexical.acceptor(options.filter);
    const dense: { id: string; similarity: number }[] = [];
    for (const [id, vector] of this.vectors) {
      if (accepts(id)) dense.push({ id, similarity: dot(queryVector, vector) });
    }
    dense.sort((a, b) => b.similarity - a.similarity);
    const top = dense.slice(0, this.depth);
    const fused = fuseByReciprocalRank([lexical.hits.map((h) => h.id), top.map((h) => h.id)]);
    const lexicalById = new Map(lexical.hits.map((hit) => [hit.id, hit]));
    const similarityById = new Map(top.map((hit) => [hit.id, hit.similarity]));
    const hits: SearchHit[] = [];
    for (const { id, score } of fused) {
      const confidence = Math.max(
        lexicalById.get(id)?.confidence ?? 0,
        this.denseConfidence(similarityById.get(id) ?? 0),
      );
      if (confidence >= (options.minConfidence ?? 0)) hits.push({ id, score, confidence });
      if (hits.length === k) break;
    }
    return { language: lexical.language, hits, dense: true };
  }

  private denseConfidence(similarity: number): number {
    return Math.min(1, Math.max(0, (similarity - this.similarityFloor) / (1 - this.similarityFloor)));
  }
}

/** The text an entry is embedded as. */
function denseText(entry: FaqEntry): string {
  return [entry.question, ...entry.alternateQuestions, entry.title].filter(Boolean).join('\n') || entry.answer;
}

function dot(a: Float32Array, b: Float32Array): number {
  let sum = 0;
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) sum += (a[i] as number) * (b[i] as number);
  return sum;
}
