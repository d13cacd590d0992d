import type { Embedder } from './embeddings-client.ts';
import type { FaqEntryInput } from './faq-entry.ts';
import { faqEntrySchema } from './faq-entry.ts';
import type { LexicalRetriever } from './lexical-retriever.ts';
import { fuseByReciprocalRank } from './rank-fusion.ts';
import type { SearchHit, SearchOptions } from './search-options.ts';

/**
 * Lexical retrieval plus dense vectors from an embeddings endpoint, fused by reciprocal rank.
 * Vectors are stored per entry (question, alternates and title embedded as one text); dense
 * candidates pass the same filter as lexical ones.
 * Without an embedder configured, use {@link LexicalRetriever} alone: nothing here is required.
 */
export class HybridRetriever {
  private readonly vectors = new Map<string, Float32Array>();

  constructor(
    readonly lexical: LexicalRetriever,
    private readonly embedder: Embedder,
    /** Candidates taken from each side before fusion (default 50). */
    private readonly depth = 50,
  ) {}

  async upsert(inputs: readonly FaqEntryInput[]): Promise<void> {
    const entries = inputs.map((input) => faqEntrySchema.parse(input));
    const vectors = await this.embedder.embed(
      entries.map((e) => [e.question, ...e.alternateQuestions, e.title].join('\n') || e.answer),
    );
    this.lexical.upsert(entries);
    entries.forEach((entry, i) => {
      this.vectors.set(entry.id, vectors[i] as Float32Array);
    });
  }

  remove(ids: readonly string[]): number {
    for (const id of ids) this.vectors.delete(id);
    return this.lexical.remove(ids);
  }

  /** Learns a phrasing on the lexical side (instant); the stored vector is left as it is. */
  learn(id: string, question: string): boolean {
    return this.lexical.learn(id, question);
  }

  async search(query: string, options: SearchOptions = {}): Promise<{ hits: SearchHit[] }> {
    const k = options.k ?? 10;
    const lexical = this.lexical.search(query, { ...options, k: this.depth, minConfidence: 0 }).hits;
    const [queryVector] = await this.embedder.embed([query]);
    const dense: { id: string; score: number }[] = [];
    for (const [id, vector] of this.vectors) {
      const entry = this.lexical.get(id);
      if (entry === undefined || !this.lexical.accepts(entry, options.filter)) continue;
      dense.push({ id, score: dot(queryVector as Float32Array, vector) });
    }
    dense.sort((a, b) => b.score - a.score);
    const fused = fuseByReciprocalRank([lexical.map((h) => h.id), dense.slice(0, this.depth).map((h) => h.id)]);
    const byId = new Map(lexical.map((hit) => [hit.id, hit]));
    const hits = fused.slice(0, k).map((id) => byId.get(id) ?? { id, score: 0, confidence: 0 });
    return {
      hits:
        options.minConfidence === undefined ? hits : hits.filter((h) => h.confidence >= (options.minConfidence ?? 0)),
    };
  }
}

function dot(a: Float32Array, b: Float32Array): number {
  let sum = 0;
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) sum += (a[i] as number) * (b[i] as number);
  return sum;
}
