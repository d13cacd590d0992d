import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI_PRINCIPAL, createDepartment } from '../access/index.ts';
import { AppError } from '../core/index.ts';
import { KnowledgeIndex } from '../knowledge/index.ts';
import { openTestStore, type Store } from '../store/index.ts';
import { ChatCaches } from './chat-caches.ts';
import { ask, type ConversationDeps } from './conversation.ts';
import { seedDemoBots } from './seed-demo-bots.ts';
import { TurnLog } from './turn-log.ts';

/**
 * A conversation belongs to the bot it began with. A client that switches bots and resends the
 * session id (`sessionId`, the OpenAI `user`, `previous_response_id`) starts nothing in the other
 * bot's name, also in the moment after an answer while its turn still waits to be written.
 */
describe('a conversation stays with its bot', () => {
  let store: Store;
  let deps: ConversationDeps;

  beforeAll(async () => {
    store = await openTestStore();
    const ctx = { principal: CLI_PRINCIPAL, requestId: 't' };
    await createDepartment(store.db, ctx, { code: 'demo', nameEn: 'Demo Department', nameZh: '示範部門' });
    await seedDemoBots(store.db);
    const index = new KnowledgeIndex(store.db);
    await index.refresh();
    // Turns are held until flushed: the window a fast follow-up lands in, made as long as the test needs.
    deps = { db: store.db, index, model: null, caches: new ChatCaches(), turns: new TurnLog(store.db, 60_000) };
  }, 60_000);
  afterAll(async () => {
    await deps?.turns.flush();
    await store?.close();
  });

  const askBot = (botId: string, question: string, sessionId?: string) =>
    ask(deps, { botId, question, sessionId, actor: null, requestId: 't' });
  const refusal = (promise: Promise<unknown>) =>
    promise.then(
      () => null,
      (error: unknown) => (error instanceof AppError ? { code: error.code, field: error.issues[0]?.field } : error),
    );

  it('refuses another bot the conversation, before and after its turns are written, and its own bot goes on', async () => {
    const first = await askBot('demo-dog-licence', '狗牌幾錢？');
    expect(first.outcome).toBe('answered');
    const unknownSession = { code: 'not_found', field: 'body.sessionId' };
    expect(await refusal(askBot('demo-1823', '點樣續期？', first.sessionId))).toEqual(unknownSession);
    const followUp = await askBot('demo-dog-licence', '點樣續期？', first.sessionId);
    expect(followUp.sessionId).toBe(first.sessionId);
    await deps.turns.flush();
    expect(await refusal(askBot('demo-1823', '點樣續期？', first.sessionId))).toEqual(unknownSession);
  });
});
