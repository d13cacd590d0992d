import { effectivePolicy, type GuardPolicy, getPolicy } from '../guard/index.ts';
import type { Executor } from '../store/index.ts';
import type { ChatCaches } from './chat-caches.ts';

/**
 * The guard policy in force for a bot, as chat applies it and `GET /api/v1/guard/policy` shows it:
 * the stored department and bot policies (cached per node; `POST /api/v1/guard/policy` invalidates)
 * and the bot configuration's own, combined by the guard's {@link effectivePolicy}.
 */
export async function botGuardPolicy(
  db: Executor,
  caches: ChatCaches,
  departmentId: string,
  botId: string | null,
  botConfig: GuardPolicy | null,
): Promise<GuardPolicy> {
  // An empty policy stands for "none stored", so that absence is cached too.
  const stored = (id: string) =>
    caches.policies.get(`${departmentId}/${id}`, async () => (await getPolicy(db, departmentId, id)) ?? {});
  const [department, bot] = await Promise.all([stored(''), botId ? stored(botId) : null]);
  return effectivePolicy({ department, botConfig, bot });
}
