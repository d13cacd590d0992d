import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmbeddingsClient } from './embeddings-client.ts';
import { HybridRetriever } from './hybrid-retriever.ts';
import { LexicalRetriever } from './lexical-retriever.ts';
import { fuseByReciprocalRank } from './rank-fusion.ts';
import { type StandInEmbeddings, startStandInEmbeddings } from './testing/stand-in-embeddings.ts';

// Texts about cats point one way, about tax another.
function fakeVector(text: string): number[] {
  return [/貓|cat|kitten|喵/.test(text) ? 1 : 0, /稅|tax/.test(text) ? 1 : 0, 0.01];
}

let endpoint: StandInEmbeddings;
let url = '';

beforeAll(async () => {
  endpoint = await startStandInEmbeddings(fakeVector);
  url = endpoint.url;
});

afterAll(() => endpoint.close());

describe('fuseByReciprocalRank', () => {
  it('ranks an id found high in both lists first', () => {
    const fused = fuseByReciprocalRank([
      ['a', 'b'],
      ['b', 'c'],
    ]);
    expect(fused.map((hit) => hit.id)).toEqual(['b', 'a', 'c']);
    expect(fused[0]?.score).toBeCloseTo(1 / 62 + 1 / 61);
  });
});

describe('HybridRetriever', () => {
  it('finds by meaning what no word of the query matches, and keeps lexical hits', async () => {
    const hybrid = new HybridRetriever(
      new LexicalRetriever(),
      createEmbeddingsClient({ url, model: 'fake-embed', apiKey: 'k' }),
    );
    await hybrid.upsert([
      { id: 'cat', question: '領養貓隻有甚麼手續？', department: 'afcd' },
      { id: 'tax', question: '如何繳交薪俸稅？', department: 'ird' },
      { id: 'dog', question: '如何申請狗隻牌照？', department: 'afcd' },
    ]);
    const lexicalOnly = hybrid.lexical.search('kitten adoption').hits.map((h) => h.id);
    expect(lexicalOnly).not.toContain('cat');
    expect((await hybrid.search('kitten adoption')).hits[0]?.id).toBe('cat');
    expect((await hybrid.search('狗隻牌照')).hits[0]?.id).toBe('dog');
    expect((await hybrid.search('kitten', { filter: { department: 'ird' } })).hits.map((h) => h.id)).not.toContain(
      'cat',
    );
    expect(endpoint.requests[0]).toMatchObject({ model: 'fake-embed', authorization: 'Bearer k' });
  });

  it('gives a close dense match a confidence above the similarity floor, an unrelated one none', async () => {
    const hybrid = new HybridRetriever(new LexicalRetriever(), createEmbeddingsClient({ url, model: 'm' }), {
      similarityFloor: 0.5,
    });
    await hybrid.upsert([
      { id: 'cat', question: '領養貓隻有甚麼手續？' },
      { id: 'tax', question: '如何繳交薪俸稅？' },
    ]);
    const { hits, dense } = await hybrid.search('kitten adoption');
    expect(dense).toBe(true);
    expect(hits[0]).toMatchObject({ id: 'cat' });
    expect(hits[0]?.confidence).toBeGreaterThan(0.9);
    expect(hits.find((h) => h.id === 'tax')?.confidence ?? 0).toBe(0);
    expect((await hybrid.search('kitten adoption', { minConfidence: 0.5 })).hits.map((h) => h.id)).toEqual(['cat']);
  });

  it('keeps entries searchable lexically when the endpoint fails, and answers lexically', async () => {
    const broken = new HybridRetriever(
      new LexicalRetriever(),
      createEmbeddingsClient({ url: 'http://127.0.0.1:1/v1', model: 'x' }),
    );
    const indexed = await broken.upsert([{ id: 'dog', question: '如何申請狗隻牌照？' }]);
    expect(indexed.embedded).toBe(0);
    expect(indexed.error).toBeInstanceOf(Error);
    expect(broken.embeddedCount).toBe(0);
    const found = await broken.search('狗牌');
    expect(found).toMatchObject({ dense: false, hits: [{ id: 'dog' }] });
    expect(() => broken.upsert([{ id: '', question: 'q' }])).toThrow();
  });

  it('drops vectors that arrive for an entry removed or replaced meanwhile', async () => {
    const hybrid = new HybridRetriever(new LexicalRetriever(), createEmbeddingsClient({ url, model: 'm' }));
    const first = hybrid.upsert([{ id: 'cat', question: '領養貓隻有甚麼手續？' }]);
    hybrid.remove(['cat']);
    expect(await first).toEqual({ embedded: 0 });
    const stale = hybrid.upsert([{ id: 'tax', question: 'cat tax' }]);
    const fresh = hybrid.upsert([{ id: 'tax', question: '如何繳交薪俸稅？' }]);
    expect((await stale).embedded).toBe(0);
    expect((await fresh).embedded).toBe(1);
    expect(hybrid.embeddedCount).toBe(1);
  });
});
