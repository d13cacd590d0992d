import { describe, expect, it } from 'vitest';
import { parsePolicyText, placeOf, policyRows } from './policy-rows.ts';

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
    expect(parsePolicyText('{\n  "input": x\n}')).toMatchObject({ ok: false, problem: { kind: 'json' } });
    expect(parsePolicyText('[1]')).toEqual({ ok: false, problem: { kind: 'notObject' } });
  });

  it("keeps only the place from the browser's English JSON message, in either of the forms engines give", () => {
    const text = '{\n  "input": x\n}';
    expect(placeOf(text, "Unexpected token 'x', ... is not valid JSON (line 2 column 12)")).toEqual({
      line: 2,
      column: 12,
    });
    expect(placeOf(text, 'Unexpected token x in JSON at position 13')).toEqual({ line: 2, column: 12 });
    expect(placeOf(text, 'Unexpected end of JSON input')).toEqual({});
  });
});
