import { describe, expect, it } from 'vitest';
import { policyText, rebasedPolicyText, withTheirCheck } from './policy-changes.ts';

const text = (policy: object) => policyText(policy);
const BASE = text({ input: { injection: { action: 'block' } }, output: { pii: { action: 'mask' } } });

describe("the guard policy box moved onto another administrator's save", () => {
  it("keeps the officer's checks and shows theirs, naming a check both changed", () => {
    const draft = text({ input: { injection: { action: 'warn' } }, output: { pii: { action: 'block' } } });
    const latest = text({
      input: { injection: { action: 'block' } },
      output: { pii: { action: 'drop' }, urls: { action: 'warn', minVerdict: 'phishing' } },
    });
    const moved = rebasedPolicyText(BASE, draft, latest);
    expect(moved?.clashes).toEqual(['output.pii']);
    expect(moved?.theirs).toBe(2);
    expect(JSON.parse(moved?.draft ?? '')).toEqual({
      input: { injection: { action: 'warn' } },
      output: { pii: { action: 'block' }, urls: { action: 'warn', minVerdict: 'phishing' } },
    });
    expect(JSON.parse(withTheirCheck(moved?.draft ?? '', latest, 'output.pii'))).toMatchObject({
      output: { pii: { action: 'drop' } },
    });
  });

  it('keeps a check the officer removed removed, and shows the saved policy when the officer changed nothing', () => {
    const latest = text({ output: { pii: { action: 'mask' } } });
    expect(rebasedPolicyText(BASE, text({ input: { injection: { action: 'block' } } }), latest)?.draft).toBe('{}');
    expect(rebasedPolicyText(BASE, BASE, latest)).toEqual({ draft: latest, clashes: [], theirs: 1 });
  });

  it('takes settings typed in another order as the same setting', () => {
    const base = text({ context: { injection: { action: 'block', threshold: 0.6 } } });
    const draft = '{ "context": { "injection": { "threshold": 0.6, "action": "block" } } }';
    const latest = text({ context: { injection: { action: 'warn', threshold: 0.6 } } });
    expect(rebasedPolicyText(base, draft, latest)).toEqual({ draft: latest, clashes: [], theirs: 1 });
  });

  it('does not move text that is not a policy yet', () => {
    expect(rebasedPolicyText(BASE, '{ "input": ', text({}))).toBeNull();
  });
});
