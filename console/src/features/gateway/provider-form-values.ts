import { rebasedRecord } from '../../lib/changed-meanwhile.ts';
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

/** The provider as the form was made from it, as `base` of the change: the settings only, never a key. */
export function providerBase(base: ProviderFormValues): NonNullable<ProviderChange['base']> {
  const { apiKey: _key, ...settings } = providerChangeBody({ ...base, apiKey: '', removeKey: false });
  return settings;
}

/** The settings two administrators can both change, as the form names them (`enabled`: the status). */
export type ProviderField = 'baseUrl' | 'models' | 'timeoutMs' | 'enabled';

/**
 * The form moved onto the provider as saved now: the settings the officer changed from `base` keep
 * the officer's values, the others show the saved ones (the key fields are the officer's alone);
 * `clashes` are the settings both changed differently.
 */
export function rebasedProvider(
  base: ProviderFormValues,
  draft: ProviderFormValues,
  latest: ProviderFormValues,
): { draft: ProviderFormValues; clashes: ProviderField[]; theirs: number } {
  const moved = rebasedRecord<string | boolean>({ ...base }, { ...draft }, { ...latest });
  return { ...moved, draft: moved.draft as unknown as ProviderFormValues, clashes: moved.clashes as ProviderField[] };
}

/** The form with one setting as another administrator left it. */
export const providerWithTheirs = (
  draft: ProviderFormValues,
  theirs: ProviderFormValues,
  field: ProviderField,
): ProviderFormValues => ({ ...draft, [field]: theirs[field] });
