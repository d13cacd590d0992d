import { describe, expect, it } from 'vitest';
import { counted } from './counted.ts';

describe('counted', () => {
  it('says the singular for one and the plural otherwise', () => {
    expect(counted(1, 'attempt')).toBe('1 attempt');
    expect(counted(0, 'attempt')).toBe('0 attempts');
    expect(counted(3, 'open incident')).toBe('3 open incidents');
    expect(counted(2, 'guard finding')).toBe('2 guard findings');
  });
});
