import { DEFAULT_POLICY, type GuardPolicy, mergePolicies } from './policy.ts';

/** The layers a bot's guard policy is made of, each null (or empty) where nothing is set. */
export interface PolicyLayers {
  /** The department's policy (`POST /api/v1/guard/policy` without `botId`). */
  department?: GuardPolicy | null | undefined;
  /** The bot configuration's `guardPolicy`, published with the bot. */
  botConfig?: GuardPolicy | null | undefined;
  /** The bot's policy set by a guard manager (`POST /api/v1/guard/policy {botId}`). */
  bot?: GuardPolicy | null | undefined;
}

/**
 * The one resolution of the policy in force, used by chat and by `GET /api/v1/guard/policy`:
 * the platform default, then the department's, then the bot configuration's, then the policy a
 * guard manager set for the bot, each overriding check by check. The guard manager's word is last:
 * it is the setting made for this bot by those who answer for the guard.
 *
 * @example effectivePolicy({ bot: { input: { pii: { action: 'block' } } } }).input?.pii?.action // 'block'
 */
export function effectivePolicy(layers: PolicyLayers): GuardPolicy {
  return mergePolicies(DEFAULT_POLICY, layers.department, layers.botConfig, layers.bot);
}
