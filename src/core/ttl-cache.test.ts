import { describe, expect, it } from 'vitest';
import { TtlCache } from './ttl-cache.ts';

describe('TtlCache', () => {
  it('loads once per key within the TTL, again after it, and shares concurrent loads', async () => {
    let now = 0;
    let loads = 0;
    const cache = new TtlCache<number>(1000, 100, () => now);
    const load = async () => ++loads;
    expect(await Promise.all([cache.get('a', load), cache.get('a', load)])).toEqual([1, 1]);
    now = 999;
    expect(await cache.get('a', load)).toBe(1);
    now = 1000;
    expect(await cache.get('a', load)).toBe(2);
    cache.invalidate('a');
    expect(await cache.get('a', load)).toBe(3);
  });

  it('does not remember a failed load', async () => {
    const cache = new TtlCache<number>(1000);
    await expect(cache.get('k', () => Promise.reject(new Error('down')))).rejects.toThrow('down');
    expect(await cache.get('k', async () => 7)).toBe(7);
  });

  it('keeps a newer load when an older, replaced one fails', async () => {
    const cache = new TtlCache<number>(1000);
    let fail: (error: Error) => void = () => {};
    const old = cache.get('k', () => new Promise<number>((_, reject) => (fail = reject)));
    cache.invalidate('k');
    let loads = 0;
    expect(await cache.get('k', async () => ++loads)).toBe(1);
    fail(new Error('late'));
    await expect(old).rejects.toThrow('late');
    expect(await cache.get('k', async () => ++loads)).toBe(1);
  });
});
