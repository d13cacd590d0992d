import type { Config } from '../core/index.ts';
import type { Store } from '../store/index.ts';
import { ModelGateway } from './model-gateway.ts';
import { resolveSecretBox } from './secret-box.ts';

/**
 * The node's gateway, configured from the settings: the secret for provider keys (see
 * {@link resolveSecretBox}), retry and circuit-breaker tuning; `onRecordError` hears of a batch of
 * call records that could not be written yet (it stays queued and is retried).
 */
export function createGatewayFromConfig(
  store: Pick<Store, 'db' | 'kind' | 'location'>,
  config: Config,
  onRecordError?: (error: unknown) => void,
): ModelGateway {
  const secrets = resolveSecretBox({
    secretKey: config.secretKey,
    storeKind: store.kind,
    dataDir: store.kind === 'pglite' && store.location !== 'memory' ? config.dataDir : null,
  });
  return new ModelGateway(store.db, {
    secrets,
    retryBaseMs: config.gatewayRetryBaseMs,
    retryMaxDelayMs: config.gatewayRetryMaxDelayMs,
    circuitFailures: config.gatewayCircuitFailures,
    circuitCooldownMs: config.gatewayCircuitCooldownSeconds * 1000,
    ...(onRecordError ? { onRecordError } : {}),
  });
}
