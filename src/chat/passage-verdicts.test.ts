import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY, type GuardPolicy, type GuardVerdict } from '../guard/index.ts';
import { PassageVerdicts } from './passage-verdicts.ts';

describe('context-stage verdicts of retrieved passages', () => {
  const verdict = (text: string): GuardVerdict => ({ ok: true, stage: 'context', text, issues: [] });
  const counting = () => {
    let scans = 0;
    return {
      scan: (text: string) => () => {
        scans++;
        return verdict(text);
      },
      get scans() {
        return scans;
      },
    };
  };

  it('scans a passage once per chunk, policy and blocklist load, again when any of them changes', () => {
    const verdicts = new PassageVerdicts();
    const count = counting();
    const blocklist = new Set<string>();
    const stage = verdicts.stage(DEFAULT_POLICY);
    const v1 = { chunkId: 'chunk-v1', text: 'Dog licences cost HK$80.' };
    verdicts.get(stage, v1, blocklist, count.scan(v1.text));
    verdicts.get(verdicts.stage({ ...DEFAULT_POLICY }), v1, blocklist, count.scan(v1.text));
    expect(count.scans).toBe(1);
    // A new approved version is a new chunk.
    verdicts.get(stage, { chunkId: 'chunk-v2', text: 'Dog licences cost HK$90.' }, blocklist, count.scan('v2'));
    expect(count.scans).toBe(2);
    const stricter: GuardPolicy = { ...DEFAULT_POLICY, context: { injection: { action: 'block', threshold: 0.3 } } };
    verdicts.get(verdicts.stage(stricter), v1, blocklist, count.scan(v1.text));
    expect(count.scans).toBe(3);
    // A reloaded blocklist may list a domain the passage links to.
    verdicts.get(stage, v1, new Set(['bad.example']), count.scan(v1.text));
    expect(count.scans).toBe(4);
  });

  it('scans again when a chunk it knows comes back with other text', () => {
    const verdicts = new PassageVerdicts();
    const count = counting();
    const blocklist = new Set<string>();
    const stage = verdicts.stage(DEFAULT_POLICY);
    verdicts.get(stage, { chunkId: 'c', text: 'approved text' }, blocklist, count.scan('approved text'));
    const got = verdicts.get(stage, { chunkId: 'c', text: 'other text' }, blocklist, count.scan('other text'));
    expect(count.scans).toBe(2);
    expect(got.ok && got.text).toBe('other text');
  });

  it('stays bounded', () => {
    const verdicts = new PassageVerdicts(2);
    const count = counting();
    const blocklist = new Set<string>();
    const stage = verdicts.stage(DEFAULT_POLICY);
    for (const id of ['a', 'b', 'c', 'a']) verdicts.get(stage, { chunkId: id, text: id }, blocklist, count.scan(id));
    expect(count.scans).toBe(4);
  });
});
