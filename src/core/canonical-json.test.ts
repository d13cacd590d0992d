import { describe, expect, it } from 'vitest';
import { canonicalJson } from './canonical-json.ts';

describe('canonicalJson', () => {
  it('is independent of key order at every depth', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { y: 2, x: 1 }], c: null } })).toBe(
      canonicalJson({ a: { c: null, d: [1, { x: 1, y: 2 }] }, b: 1 }),
    );
  });

  it('writes dates as ISO strings and drops undefined members', () => {
    expect(canonicalJson({ at: new Date('2026-01-01T00:00:00Z'), gone: undefined })).toBe(
      '{"at":"2026-01-01T00:00:00.000Z"}',
    );
  });
});
