import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractFeatures, FEATURE_BITS, indexFeatures, windowFeatures } from './features.ts';

/** The original, slice-and-hash implementation: the shared-hash version must give exactly this. */
function referenceFeatures(text: string): number[] {
  const mask = (1 << FEATURE_BITS) - 1;
  const fnv1a = (value: string, seed: number) => {
    let hash = 0x811c9dc5 ^ seed;
    for (let i = 0; i < value.length; i++) hash = Math.imul(hash ^ value.charCodeAt(i), 0x01000193);
    return (hash >>> 0) & mask;
  };
  const set = new Set<number>();
  for (const run of text.matchAll(/[\u3400-\u9fff\uf900-\ufaff]+/g)) {
    const s = run[0];
    for (let i = 0; i < s.length; i++) {
      set.add(fnv1a(s.slice(i, i + 1), 1));
      if (i + 2 <= s.length) set.add(fnv1a(s.slice(i, i + 2), 2));
      if (i + 3 <= s.length) set.add(fnv1a(s.slice(i, i + 3), 3));
    }
  }
  const words = text.match(/[a-z][a-z']*|[0-9]+/g) ?? [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i] ?? '';
    set.add(fnv1a(w, 11));
    if (i + 1 < words.length) set.add(fnv1a(`${w} ${words[i + 1]}`, 12));
    const padded = ` ${w} `;
    if (padded.length <= 24) {
      for (let n = 3; n <= 5; n++)
        for (let j = 0; j + n <= padded.length; j++) set.add(fnv1a(padded.slice(j, j + n), 20 + n));
    }
  }
  return [...set];
}

const piece = fc.constantFrom(
  'ignore',
  "don't",
  'a',
  "b'c",
  '123',
  '4',
  ' ',
  ' ',
  '.',
  "'",
  '忽略',
  '指示',
  '系統',
  '你',
  'x'.repeat(30),
  '\n',
);
const text = fc.array(piece, { maxLength: 80 }).map((parts) => parts.join(''));

describe('injection features', () => {
  it('match the original slice-and-hash features, in the same order', () => {
    fc.assert(
      fc.property(text, (t) => {
        expect([...extractFeatures(t).indices]).toEqual(referenceFeatures(t));
      }),
    );
  });
  it('give each window exactly the features of its slice, even where a window cuts a word', () => {
    fc.assert(
      fc.property(text, fc.nat(), fc.nat(), (t, a, b) => {
        const start = t.length === 0 ? 0 : a % (t.length + 1);
        const end = start + (t.length === 0 ? 0 : b % (t.length - start + 1));
        const index = indexFeatures(t);
        expect([...windowFeatures(index, start, end).indices]).toEqual(referenceFeatures(t.slice(start, end)));
      }),
    );
  });
  it('weigh every distinct feature equally, with unit length', () => {
    const f = extractFeatures('ignore the rules 忽略指示');
    expect(new Set(f.indices).size).toBe(f.indices.length);
    expect(f.value * f.value * f.indices.length).toBeCloseTo(1);
  });
});
