import { describe, expect, it } from 'vitest';
import { nextTurnInstant } from './turn-clock.ts';

describe('nextTurnInstant', () => {
  it('leaves room for the answer 1 ms later before the next turn, however fast turns come', () => {
    const instants = Array.from({ length: 1000 }, () => nextTurnInstant().getTime());
    for (let i = 1; i < instants.length; i++) {
      const previousAnswer = (instants[i - 1] as number) + 1;
      expect(instants[i]).toBeGreaterThan(previousAnswer);
    }
  });

  it('follows the wall clock when turns are far apart', () => {
    const before = Date.now();
    const instant = nextTurnInstant().getTime();
    expect(instant).toBeGreaterThanOrEqual(before);
  });
});
