import { describe, expect, it } from 'vitest';
import { parsePolicyText, policyRows } from './policy-rows.ts';

describe('the guard policy as the page shows it', () => {
  it('lists each check that is on, stage by stage, with its settings', () => {
    const rows = policyRows({
      output: { pii: { action: 'mask', types: ['hkid', 'phone'] }, grounding: { action: 'warn', minSupport: 0.5 } },
      input: { injection: { action: 'block', threshold: 0.7 } },
    } as never);
    expect(rows).toEqual([
      { stage: 'input', check: 'injection', action: 'block', settings: [{ key: 'settingThreshold', value: 0.7 }] },
      { stage: 'output', check: 'pii', action: 'mask', settings: [{ key: 'settingTypes', value: ['hkid', 'phone'] }] },
      { stage: 'output', check: 'grounding', action: 'warn', settings: [{ key: 'settingMinSupport', value: 0.5 }] },
    ]);
  });

  it('reads edited text as a policy object, an empty box as no policy, and explains text that is not one', () => {
    expect(parsePolicyText('{"input":{"pii":{"action":"block"}}}')).toEqual({
      ok: true,
      policy: { input: { pii: { action: 'block' } } },
    });
    expect(parsePolicyText('  ')).toEqual({ ok: true, policy: {} });
    expect(parsePolicyText('{"input":').ok).toBe(false);
    expect(parsePolicyText('[1]').ok).toBe(false);
  });
});
