import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PII_DETECTORS } from './detect-pii.ts';

/** The contract every personal-data detector keeps (STYLE habit 3). */
describe.each(PII_DETECTORS.map((d) => [d.type, d] as const))('%s detector contract', (_type, detector) => {
  it('returns spans inside the text whose slice is the value, each with its reason in English and Chinese', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (text) => {
        for (const f of detector.detect(text)) {
          expect(f.start).toBeGreaterThanOrEqual(0);
          expect(f.end).toBeLessThanOrEqual(text.length);
          expect(text.slice(f.start, f.end)).toBe(f.value);
          expect(f.confidence).toBeGreaterThan(0);
          expect(f.confidence).toBeLessThanOrEqual(1);
          expect(f.reason.length).toBeGreaterThan(0);
          expect(f.reasonZhHant, f.reason).toMatch(/\p{Script=Han}/u);
        }
      }),
      { numRuns: 200 },
    );
  });
  it('finds nothing in plain prose', () => {
    expect(detector.detect('The library opens at nine. 圖書館早上九時開放。')).toEqual([]);
  });
});
