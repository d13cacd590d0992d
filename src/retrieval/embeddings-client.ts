import { z } from 'zod';

/** Turns texts into vectors. */
export interface Embedder {
  embed(texts: readonly string[]): Promise<Float32Array[]>;
}

export interface EmbeddingsEndpoint {
  /** Base URL of an OpenAI-compatible API, e.g. http://localhost:8080/v1 (we POST to `${url}/embeddings`). */
  url: string;
  model: string;
  apiKey?: string;
  /** Texts per request (default 64). */
  batchSize?: number;
  /** A request taking longer fails (default 10,000 ms): a hung endpoint must not hold up a search. */
  timeoutMs?: number;
}

const responseSchema = z.object({
  data: z.array(z.object({ embedding: z.array(z.number()), index: z.number().int().optional() })),
});

/** An {@link Embedder} over an OpenAI-compatible `/v1/embeddings` endpoint. */
export function createEmbeddingsClient(endpoint: EmbeddingsEndpoint): Embedder {
  const url = `${endpoint.url.replace(/\/+$/, '')}/embeddings`;
  const batchSize = endpoint.batchSize ?? 64;
  const timeoutMs = endpoint.timeoutMs ?? 10_000;
  return {
    async embed(texts) {
      const vectors: Float32Array[] = [];
      for (let start = 0; start < texts.length; start += batchSize) {
        const input = texts.slice(start, start + batchSize);
        const response = await fetch(url, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            ...(endpoint.apiKey ? { authorization: `Bearer ${endpoint.apiKey}` } : {}),
          },
          body: JSON.stringify({ model: endpoint.model, input }),
          signal: AbortSignal.timeout(timeoutMs),
        });
        if (!response.ok) throw new Error(`embeddings endpoint answered ${response.status}`);
        const parsed = responseSchema.parse(await response.json());
        const ordered = [...parsed.data].sort((a, b) => (a.index ?? 0) - (b.index ?? 0));
        if (ordered.length !== input.length)
          throw new Error('embeddings endpoint returned the wrong number of vectors');
        for (const item of ordered) vectors.push(normalize(Float32Array.from(item.embedding)));
      }
      return vectors;
    },
  };
}

/** Scales a vector to unit length so a dot product is the cosine. */
export function normalize(vector: Float32Array): Float32Array {
  let sum = 0;
  for (const value of vector) sum += value * value;
  const norm = Math.sqrt(sum) || 1;
  for (let i = 0; i < vector.length; i++) vector[i] = (vector[i] as number) / norm;
  return vector;
}
