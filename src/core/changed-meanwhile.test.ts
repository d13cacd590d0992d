import { describe, expect, it } from 'vitest';
import { changedMeanwhile } from './changed-meanwhile.ts';

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
