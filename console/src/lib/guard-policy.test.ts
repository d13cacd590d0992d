import { describe, expect, it } from 'vitest';
import { guardSetting, isOwnSetting, withGuardAction, withGuardSetting } from './guard-policy.ts';

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

  it('sets and removes one setting of a check set here, keeping its action; a check set below has none here', () => {
    const policy = {
      context: { injection: { action: 'block' as const } },
      output: { pii: { action: 'mask' as const } },
    };
    const stricter = withGuardSetting(policy, 'context', 'injection', 'threshold', 0.4);
    expect(stricter).toEqual({
      context: { injection: { action: 'block', threshold: 0.4 } },
      output: { pii: { action: 'mask' } },
    });
    expect(guardSetting(stricter, 'context', 'injection', 'threshold')).toBe(0.4);
    expect(withGuardSetting(stricter, 'context', 'injection', 'threshold', undefined)).toEqual(policy);
    expect(withGuardSetting(policy, 'input', 'injection', 'threshold', 0.4)).toBe(policy);
    expect(withGuardSetting(null, 'input', 'pii', 'types', ['HKID'])).toBeNull();
  });

  it('knows which refused fields are settings shown beside their field', () => {
    const policy = { input: { pii: { action: 'log' as const } } };
    expect(isOwnSetting(policy, 'input.pii.minConfidence')).toBe(true);
    expect(isOwnSetting(policy, 'input.pii.types.0')).toBe(true);
    expect(isOwnSetting(policy, 'input.pii.action')).toBe(false);
    expect(isOwnSetting(policy, 'output.pii.minConfidence')).toBe(false);
    expect(isOwnSetting(policy, 'input.injection.threshold')).toBe(false);
    expect(isOwnSetting(policy, 'input')).toBe(false);
  });
});
