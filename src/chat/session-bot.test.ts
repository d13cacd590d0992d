import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../core/index.ts';
import { ask, type ConversationDeps } from './conversation.ts';
import { openDemoConversation } from './testing/demo-conversation.ts';

/**
 * A conversation belongs to the bot it began with. A client that switches bots and resends the
 * session id (`sessionId`, the OpenAI `user`, `previous_response_id`) starts nothing in the other
 * bot's name, also in the moment after an answer while its turn still waits to be written.
 */
describe('a conversation stays with its bot', () => {
  let deps: ConversationDeps;
  let close: () => Promise<void>;

  // Turns are held until flushed: the window a fast follow-up lands in, made as long as the test needs.
  beforeAll(async () => {
    ({ deps, close } = await openDemoConversation(60_000));
  }, 60_000);
  afterAll(async () => close?.());

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
