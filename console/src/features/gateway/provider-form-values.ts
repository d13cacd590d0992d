import type { NewProvider, Provider, ProviderChange } from './api/gateway.ts';

/** What the provider form holds: text as typed. The API key is never read back from the server. */
export interface ProviderFormValues {
  name: string;
  baseUrl: string;
  models: string;
  apiKey: string;
  removeKey: boolean;
  timeoutMs: string;
  enabled: boolean;
}

export function emptyProviderForm(): ProviderFormValues {
  return { name: '', baseUrl: '', models: '', apiKey: '', removeKey: false, timeoutMs: '', enabled: true };
}

/** An existing provider in the form; its key stays empty (write-only: the server never returns it). */
export function providerForm(provider: Provider): ProviderFormValues {
  return {
    name: provider.name,
    baseUrl: provider.baseUrl,
    models: provider.models.join('\n'),
    apiKey: '',
    removeKey: false,
    timeoutMs: String(provider.timeoutMs),
    enabled: provider.status === 'active',
  };
}

/** Model names, one per line (commas also separate), blanks dropped. */
export function parseModels(text: string): string[] {
  return text
    .split(/[\n,]/)
    .map((model) => model.trim())
    .filter((model) => model !== '');
}

/** A whole number as typed, or undefined when empty; anything else is sent as is for the server to refuse. */
function wholeNumber(text: string): number | undefined {
  const trimmed = text.trim();
  return trimmed === '' ? undefined : Number(trimmed);
}

/** The body of `POST /api/v1/gateway/providers`. */
export function newProviderBody(values: ProviderFormValues): NewProvider {
  const timeoutMs = wholeNumber(values.timeoutMs);
  return {
    name: values.name.trim(),
    baseUrl: values.baseUrl.trim(),
    models: parseModels(values.models),
    ...(values.apiKey ? { apiKey: values.apiKey } : {}),
    ...(timeoutMs === undefined ? {} : { timeoutMs }),
    status: values.enabled ? 'active' : 'disabled',
  };
}

/**
 * The body of `PATCH /api/v1/gateway/providers/{id}`: an empty key field keeps the stored key;
 * "remove the stored key" sends `apiKey: null`.
 */
export function providerChangeBody(values: ProviderFormValues): ProviderChange {
  const timeoutMs = wholeNumber(values.timeoutMs);
  return {
    baseUrl: values.baseUrl.trim(),
    models: parseModels(values.models),
    ...(values.removeKey ? { apiKey: null } : values.apiKey ? { apiKey: values.apiKey } : {}),
    ...(timeoutMs === undefined ? {} : { timeoutMs }),
    status: values.enabled ? 'active' : 'disabled',
  };
}
