import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY, type GuardPolicy, type GuardVerdict } from '../guard/index.ts';
import { QuotedAnswerVerdicts } from './chat-caches.ts';

describe('verdicts of quoted answers', () => {
  const verdict = (text: string): GuardVerdict => ({ ok: true, stage: 'output', text, issues: [] });

  it('scans an answer once per policy and blocklist load, again when either changes', () => {
    const memo = new QuotedAnswerVerdicts();
    let scans = 0;
    const scan = () => {
      scans++;
      return verdict('answer');
    };
    const blocklist = new Set<string>();
    memo.get(DEFAULT_POLICY, 'answer', blocklist, scan);
    memo.get(DEFAULT_POLICY, 'answer', blocklist, scan);
    expect(scans).toBe(1);
    memo.get(DEFAULT_POLICY, 'another answer', blocklist, scan);
    expect(scans).toBe(2);
    const stricter: GuardPolicy = { ...DEFAULT_POLICY, output: { pii: { action: 'block' } } };
    memo.get(stricter, 'answer', blocklist, scan);
    expect(scans).toBe(3);
    // A reloaded blocklist may list a domain the answer links to.
    memo.get(DEFAULT_POLICY, 'answer', new Set(['bad.example']), scan);
    expect(scans).toBe(4);
  });

  it('stays bounded', () => {
    const memo = new QuotedAnswerVerdicts(2);
    const blocklist = new Set<string>();
    let scans = 0;
    for (const answer of ['a', 'b', 'c', 'a']) {
      memo.get(DEFAULT_POLICY, answer, blocklist, () => {
        scans++;
        return verdict(answer);
      });
    }
    expect(scans).toBe(4);
  });
});
