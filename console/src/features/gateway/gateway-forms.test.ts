import { describe, expect, it } from 'vitest';
import type { Provider } from './api/gateway.ts';
import {
  newProviderBody,
  parseModels,
  providerBase,
  providerChangeBody,
  providerForm,
  rebasedProvider,
} from './provider-form-values.ts';
import { usageByDay } from './usage-by-day.ts';

const provider: Provider = {
  id: 'p1',
  name: 'local',
  baseUrl: 'http://127.0.0.1:8000/v1',
  hasApiKey: true,
  models: ['qwen2.5', 'llama3'],
  timeoutMs: 30000,
  maxRetries: 2,
  status: 'active',
  createdBy: 'u',
  createdAt: '2026-12-01T00:00:00Z',
  updatedAt: '2026-12-01T00:00:00Z',
};

describe('the provider form', () => {
  it('reads model names one per line or comma-separated, dropping blanks', () => {
    expect(parseModels(' a \n\nb, c\n')).toEqual(['a', 'b', 'c']);
  });
  it('never fills the API key from the server, and keeps the stored key when the field stays empty', () => {
    const values = providerForm(provider);
    expect(values.apiKey).toBe('');
    expect(providerChangeBody(values)).not.toHaveProperty('apiKey');
    expect(providerChangeBody({ ...values, apiKey: 'sk-new' }).apiKey).toBe('sk-new');
    expect(providerChangeBody({ ...values, apiKey: 'sk-new', removeKey: true }).apiKey).toBeNull();
  });
  it('sends a new provider with its status, and no timeout unless one is typed', () => {
    const body = newProviderBody({
      name: ' local ',
      baseUrl: 'http://x/v1',
      models: 'm',
      apiKey: '',
      removeKey: false,
      timeoutMs: '',
      enabled: false,
    });
    expect(body).toEqual({ name: 'local', baseUrl: 'http://x/v1', models: ['m'], status: 'disabled' });
  });
  it('sends the settings it was made from as base, never a key', () => {
    expect(providerBase({ ...providerForm(provider), apiKey: 'sk-typed', removeKey: true })).toEqual({
      baseUrl: 'http://127.0.0.1:8000/v1',
      models: ['qwen2.5', 'llama3'],
      timeoutMs: 30000,
      status: 'active',
    });
  });
  it('moves onto the provider as saved now: theirs join, the officer’s edits and key stay, a setting both changed is named', () => {
    const base = providerForm(provider);
    const draft = { ...base, timeoutMs: '60000', models: 'qwen2.5\nllama3\nmistral', apiKey: 'sk-new' };
    const latest = providerForm({ ...provider, timeoutMs: 45000, status: 'disabled' });
    const moved = rebasedProvider(base, draft, latest);
    expect(moved.draft).toEqual({ ...draft, enabled: false });
    expect(moved.clashes).toEqual(['timeoutMs']);
    expect(moved.theirs).toBe(2);
  });
});

describe('usage by day', () => {
  const row = {
    departmentId: 'd',
    provider: 'p',
    model: 'm',
    promptTokens: 0,
    completionTokens: 0,
    avgLatencyMs: null,
  };
  it('sums rows of several bots and models per Hong Kong day, every day of the period present, oldest first', () => {
    const days = usageByDay({
      // 3 Dec 16:30 UTC is 4 Dec 00:30 in Hong Kong: the period is 4, 5 and 6 December.
      from: '2026-12-03T16:30:00Z',
      to: '2026-12-06T10:00:00Z',
      rows: [
        { ...row, day: '2026-12-06', botId: 'a', calls: 2, ok: 2, refused: 0, errors: 0, totalTokens: 30 },
        { ...row, day: '2026-12-04', botId: 'a', calls: 1, ok: 0, refused: 1, errors: 0, totalTokens: 0 },
        { ...row, day: '2026-12-06', botId: 'b', calls: 3, ok: 2, refused: 0, errors: 1, totalTokens: 12 },
      ],
    });
    expect(days).toEqual([
      { date: '2026-12-04', calls: 1, refused: 1, errors: 0, tokens: 0 },
      { date: '2026-12-05', calls: 0, refused: 0, errors: 0, tokens: 0 },
      { date: '2026-12-06', calls: 5, refused: 0, errors: 1, tokens: 42 },
    ]);
  });
});
