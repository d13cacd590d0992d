import { describe, expect, it } from 'vitest';
import { parseUnifiedDiff } from './unified-diff.ts';

// Two versions of an FAQ sheet as the server renders them (renderForDiff): one block per entry.
const patch = [
  'Index: v2',
  '===================================================================',
  '--- v1',
  '+++ v2',
  '@@ -1,8 +1,8 @@',
  ' Q: How much is a dog licence?',
  '-A: The fee is HK$80.',
  '+A: The fee is HK$90.',
  ' ',
  '-Q: Where do I pay?',
  '-A: At any post office.',
  '-',
  ' Q: How long is it valid?',
  ' A: Three years.',
  '+',
  '+Q: Can I renew online?',
  '+A: Yes.',
  '+',
  '+Q: Who can I call?',
  '+A: 1823.',
  '\\ No newline at end of file',
  '',
].join('\n');

describe('parseUnifiedDiff', () => {
  it('pairs a removed line with the added line after it as a change; the rest are whole entries', () => {
    const parsed = parseUnifiedDiff(patch);
    expect(parsed.entries).toEqual([
      { kind: 'changed', line: 2, before: 'A: The fee is HK$80.', after: 'A: The fee is HK$90.' },
      { kind: 'removed', line: 4, before: 'Q: Where do I pay?\nA: At any post office.' },
      { kind: 'added', line: 7, after: 'Q: Can I renew online?\nA: Yes.' },
      { kind: 'added', line: 10, after: 'Q: Who can I call?\nA: 1823.' },
    ]);
    expect([parsed.added, parsed.removed, parsed.changed]).toEqual([2, 1, 1]);
  });

  it('does not count a last line that only gained its newline as a change', () => {
    const parsed = parseUnifiedDiff(
      [
        '@@ -1,2 +1,5 @@',
        ' Q: Age?',
        '-A: Five months.',
        '\\ No newline at end of file',
        '+A: Five months.',
        '+',
        '+Q: Who can I call?',
        '+A: 1823.',
      ].join('\n'),
    );
    expect(parsed.entries).toEqual([{ kind: 'added', line: 4, after: 'Q: Who can I call?\nA: 1823.' }]);
  });

  it('reads an empty diff (a first version) as no changes, and ignores the file header lines', () => {
    expect(parseUnifiedDiff('').entries).toEqual([]);
    expect(parseUnifiedDiff('--- v1\n+++ v2\n').entries).toEqual([]);
  });
});
