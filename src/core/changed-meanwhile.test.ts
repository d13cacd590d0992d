import { describe, expect, it } from 'vitest';
import { AppError } from './app-error.ts';
import { changedMeanwhile, ownChanges } from './changed-meanwhile.ts';

describe('changedMeanwhile', () => {
  it('names the fields another change moved away from the base, unless to the same value', () => {
    const base = { greeting: 'Hello', threshold: 0.35, languages: ['en'], policy: { a: 1, b: 2 } };
    const stored = { greeting: 'Good morning', threshold: 0.5, languages: ['en'], policy: { b: 2, a: 1 } };
    const next = { greeting: 'Good afternoon', threshold: 0.5, languages: ['zh-Hant'], policy: { a: 3, b: 2 } };
    // threshold: the same value as theirs; languages and policy: unchanged by anyone else (key order ignored).
    expect(changedMeanwhile(Object.keys(next), { base, stored, next })).toEqual(['greeting']);
    // A field absent on one side is a change too; a custom comparison decides what "the same" is.
    expect(changedMeanwhile(['note'], { base: {}, stored: { note: 'x' }, next: { note: 'y' } })).toEqual(['note']);
    const sameIgnoringCase = (a?: string, b?: string) => a?.toLowerCase() === b?.toLowerCase();
    expect(
      changedMeanwhile(['note'], { base: { note: 'x' }, stored: { note: 'X' }, next: { note: 'y' } }, sameIgnoringCase),
    ).toEqual([]);
  });
});

describe('ownChanges', () => {
  type Settings = { timeoutMs?: number; maxRetries?: number; status?: string };
  const what = { en: 'this provider', zhHant: '此模型供應商' };
  const stored: Settings = { timeoutMs: 90_000, maxRetries: 2, status: 'disabled' };

  it('keeps a field given as read, takes one changed from it, and refuses one someone else changed since', () => {
    const read = { timeoutMs: 90_000, status: 'active' };
    expect(ownChanges<Settings>({ timeoutMs: 60_000, status: 'active' }, { base: read, stored, what })).toEqual({
      timeoutMs: 60_000,
    });
    const clash = () =>
      ownChanges<Settings>({ status: 'active', timeoutMs: 1_000 }, { base: { timeoutMs: 30_000 }, stored, what });
    expect(clash).toThrow(AppError);
    expect(clash).toThrow('Someone else changed timeoutMs of this provider after you read it: nothing was saved');
  });

  it('sets a field the base leaves out as sent, as without a base: the editor did not ask to have it checked', () => {
    expect(
      ownChanges<Settings>({ maxRetries: 5, status: 'active' }, { base: { timeoutMs: 90_000 }, stored, what }),
    ).toEqual({
      maxRetries: 5,
      status: 'active',
    });
  });
});
