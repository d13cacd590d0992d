import { CLI_PRINCIPAL, createDepartment } from '../../access/index.ts';
import { KnowledgeIndex } from '../../knowledge/index.ts';
import { openTestStore } from '../../store/index.ts';
import { ChatCaches } from '../chat-caches.ts';
import type { ConversationDeps } from '../conversation.ts';
import { seedDemoBots } from '../seed-demo-bots.ts';
import { TurnLog } from '../turn-log.ts';

/**
 * The demo department with its seeded, published bots, asked through chat's own services on a fresh
 * store; a turn waits `turnDelayMs` in the turn log before it is written (the log's own default
 * unless given). `close` writes what waits and closes the store.
 */
export async function openDemoConversation(
  turnDelayMs?: number,
): Promise<{ deps: ConversationDeps; close: () => Promise<void> }> {
  const store = await openTestStore();
  const ctx = { principal: CLI_PRINCIPAL, requestId: 't' };
  await createDepartment(store.db, ctx, { code: 'demo', nameEn: 'Demo Department', nameZh: '示範部門' });
  await seedDemoBots(store.db);
  const index = new KnowledgeIndex(store.db);
  await index.refresh();
  const turns = new TurnLog(store.db, ...(turnDelayMs === undefined ? [] : [turnDelayMs]));
  const deps = { db: store.db, index, model: null, caches: new ChatCaches(), turns };
  return {
    deps,
    close: async () => {
      await turns.flush();
      await store.close();
    },
  };
}
