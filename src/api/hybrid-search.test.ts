import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI_PRINCIPAL } from '../access/index.ts';
import { createBot, publishBot } from '../chat/index.ts';
import { reviewVersion } from '../knowledge/index.ts';
import { type StandInEmbeddings, startStandInEmbeddings } from '../retrieval/testing/stand-in-embeddings.ts';
import { createFixture, type Fixture, knowledgeDraft } from './test-fixture.ts';

/**
 * Knowledge search with an embeddings endpoint configured (LIONROCK_EMBEDDINGS_URL): a stand-in
 * OpenAI-compatible `/v1/embeddings` server places texts by topic, as a real model would, so a
 * question sharing no word with the entry is still found and answered; when the endpoint goes
 * away, search carries on lexically.
 */
const TOPICS = [/lost|missing|走失|stray|wander/i, /fee|cost|price|幾錢|費用|charge/i, /hotline|1823|phone/i];
function topicVector(text: string): number[] {
  return [...TOPICS.map((topic) => (topic.test(text) ? 1 : 0)), 0.05];
}

const FAQ = [
  { id: 'lost', question: 'What should I do if my dog goes missing?', answer: 'Report it to the AFCD at once.' },
  { id: 'fee', question: 'How much does a dog licence cost?', answer: 'A dog licence costs HK$80.' },
  { id: 'hours', question: 'When is the 1823 hotline open?', answer: '1823 is open 24 hours a day.' },
]
  .map((row) => JSON.stringify(row))
  .join('\n');

let endpoint: StandInEmbeddings;

beforeAll(async () => {
  endpoint = await startStandInEmbeddings(topicVector);
});

describe('hybrid knowledge search', () => {
  let f: Fixture;
  const search = async (q: string) =>
    (await f.as('editor', { url: `/api/v1/knowledge/search?q=${encodeURIComponent(q)}` })).json() as {
      dense: boolean;
      hits: { question: string; confidence: number }[];
    };

  beforeAll(async () => {
    f = await createFixture({
      embeddingsUrl: endpoint.url,
      embeddingsModel: 'stand-in',
      embeddingsSimilarityFloor: 0.5,
    });
    const draft = await knowledgeDraft(f.store, f.own, `${FAQ}\n`);
    const ctx = { principal: CLI_PRINCIPAL, requestId: 't' };
    await reviewVersion(f.store.db, ctx, draft.versionId, { approve: true });
    await f.app.lionrock.knowledgeIndex.refresh();
    await f.app.lionrock.knowledgeIndex.embedded();
    await createBot(f.store.db, ctx, {
      id: 'dense-bot',
      departmentId: f.own.department.id,
      config: {
        name: { zh: '測試', en: 'Test' },
        greeting: { zh: '你好', en: 'Hello' },
        disclosure: { zh: '你正與人工智能對話。', en: 'You are talking to AI.' },
        fallback: { zh: '請致電 1823。', en: 'Please call 1823.' },
      },
    });
    await publishBot(f.store.db, ctx, 'dense-bot');
  });
  afterAll(async () => {
    await f.close();
    await endpoint.close();
  });

  it('embeds the published entries', () => {
    expect(f.app.lionrock.knowledgeIndex.denseStatus()).toEqual({
      configured: true,
      entries: 3,
      embedded: 3,
      lastError: null,
    });
  });

  it('finds and answers a question that shares no word with its entry', async () => {
    const question = 'Our puppy is lost';
    // Lexically nothing clears the bots' default threshold (0.35): without embeddings this is a handoff.
    const lexical = f.app.lionrock.knowledgeIndex.retriever.search(question).hits;
    expect(Math.max(0, ...lexical.map((hit) => hit.confidence))).toBeLessThan(0.35);
    const found = await search(question);
    expect(found.dense).toBe(true);
    expect(found.hits[0]).toMatchObject({ question: 'What should I do if my dog goes missing?' });
    expect(found.hits[0]?.confidence).toBeGreaterThan(0.5);
    const answer = (
      await f.app.inject({ method: 'POST', url: '/api/v1/bots/dense-bot/ask', payload: { question } })
    ).json() as { outcome: string; answer: string };
    expect(answer).toMatchObject({ outcome: 'answered' });
    expect(answer.answer).toContain('Report it to the AFCD');
  });

  it('keeps lexical matches on top when words do match', async () => {
    const found = await search('dog licence cost');
    expect(found.hits[0]?.question).toBe('How much does a dog licence cost?');
  });

  it('carries on lexically when the endpoint goes away', async () => {
    await endpoint.close();
    const before = endpoint.requests.length;
    const found = await search('dog licence cost');
    expect(found.dense).toBe(false);
    expect(found.hits[0]?.question).toBe('How much does a dog licence cost?');
    // Cooling down: the next search does not try the dead endpoint again.
    expect((await search('hotline open')).hits[0]?.question).toBe('When is the 1823 hotline open?');
    expect(endpoint.requests.length).toBe(before);
  });
});
