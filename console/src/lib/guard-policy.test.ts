import { describe, expect, it } from 'vitest';
import { withGuardAction } from './guard-policy.ts';

describe('a guard policy edited check by check', () => {
  it('sets and clears one check, keeping its other settings; a policy that sets nothing is null', () => {
    const warned = withGuardAction(
      { context: { injection: { action: 'block', threshold: 0.6 } } },
      'context',
      'injection',
      'warn',
    );
    expect(warned).toEqual({ context: { injection: { action: 'warn', threshold: 0.6 } } });
    expect(withGuardAction(warned, 'context', 'injection', null)).toBeNull();
    expect(withGuardAction(null, 'output', 'pii', 'mask')).toEqual({ output: { pii: { action: 'mask' } } });
  });
});
