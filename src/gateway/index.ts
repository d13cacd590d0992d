export { ModelGateway, type ModelGatewayOptions } from './model-gateway.ts';
export type { GatewayActor, GatewayDelta, GatewayMessage, GatewayRequest, GatewayResult } from './gateway-types.ts';
export { GatewayError, type GatewayErrorCode } from './gateway-error.ts';
export { SecretBox, resolveSecretBox, type SecretKeyOptions, type SecretSource } from './secret-box.ts';
export { consumeRate, sweepUsageCounters, type RateVerdict } from './usage-counter.ts';
export { CircuitBreaker, type CircuitState } from './circuit-breaker.ts';
export {
  createProvider,
  deleteProvider,
  getProvider,
  listProviders,
  updateProvider,
  type NewProvider,
  type ProviderPatch,
  type ProviderView,
} from './providers.ts';
export { getAllowlist, putAllowlist, type AllowlistEntry, type AllowlistRow } from './allowlist.ts';
export { deleteQuota, listQuotas, putQuota, type Quota, type QuotaLimits } from './quotas.ts';
export { usageReport, type UsageFilter, type UsageReport, type UsageRow } from './usage-report.ts';
export { departmentUsage, type DepartmentUsage } from './department-usage.ts';
export { promptSha256, sha256Hex } from './call-record.ts';
export { createGatewayFromConfig } from './create-gateway.ts';
export { startFakeProvider, type FakeProvider, type FakeProviderStep } from './fake-provider.ts';
