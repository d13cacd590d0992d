import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmbeddingsClient } from './embeddings-client.ts';
import { HybridRetriever } from './hybrid-retriever.ts';
import { LexicalRetriever } from './lexical-retriever.ts';
import { fuseByReciprocalRank } from './rank-fusion.ts';

// A fake OpenAI-compatible embeddings server: texts about cats point one way, about tax another.
function fakeVector(text: string): number[] {
  return [/貓|cat|kitten|喵/.test(text) ? 1 : 0, /稅|tax/.test(text) ? 1 : 0, 0.01];
}

let server: Server;
let url = '';
const requests: { model: string; input: string[]; authorization: string | undefined }[] = [];

beforeAll(async () => {
  server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => {
      body += chunk;
    });
    request.on('end', () => {
      const { model, input } = JSON.parse(body) as { model: string; input: string[] };
      requests.push({ model, input, authorization: request.headers.authorization });
      response.setHeader('content-type', 'application/json');
      response.end(JSON.stringify({ data: input.map((text, index) => ({ index, embedding: fakeVector(text) })) }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('fuseByReciprocalRank', () => {
  it('ranks an id found high in both lists first', () => {
    expect(
      fuseByReciprocalRank([
        ['a', 'b'],
        ['b', 'c'],
      ]),
    ).toEqual(['b', 'a', 'c']);
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
    expect(requests[0]).toMatchObject({ model: 'fake-embed', authorization: 'Bearer k' });
  });

  it('fails clearly when the endpoint errors, and the lexical retriever works without one', async () => {
    const broken = new HybridRetriever(
      new LexicalRetriever(),
      createEmbeddingsClient({ url: `${url}/missing`, model: 'x' }),
    );
    server.once('request', (_request, response) => {
      response.statusCode = 500;
    });
    await expect(broken.upsert([{ id: 'a', question: 'q' }])).rejects.toThrow();
    const lexical = new LexicalRetriever();
    lexical.upsert([{ id: 'a', question: '如何申請狗隻牌照？' }]);
    expect(lexical.search('狗牌').hits[0]?.id).toBe('a');
  });
});
