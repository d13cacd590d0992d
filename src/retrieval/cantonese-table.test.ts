import { describe, expect, it } from 'vitest';
import { toWrittenChinese } from './cantonese.ts';
import { parseCantoneseTable } from './cantonese-table.ts';

describe('parseCantoneseTable', () => {
  it('reads the version, the rows, the longest entry, and turns a dropped particle into a space', () => {
    const parsed = parseCantoneseTable('# a comment\n# version: 3\n佢哋\t他們\n啦\t-\n點樣先可以\t怎樣才可以\n');
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.value.version).toBe(3);
    expect(parsed.value.map.get('佢哋')).toBe('他們');
    expect(parsed.value.map.get('啦')).toBe(' ');
    expect(parsed.value.longest).toBe(5);
  });

  it('names every bad line: missing column, spaces, duplicate entry, missing version', () => {
    const parsed = parseCantoneseTable('佢哋\t他們\n佢\n唔 好\t不要\n佢哋\t她們\n');
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.issues.map((issue) => issue.line)).toEqual([1, 2, 3, 4]);
    expect(parsed.issues[0]?.message).toContain('version');
    expect(parsed.issues[3]?.message).toContain('duplicate');
  });

  it('rewrites with the rows of a table passed in', () => {
    const own = parseCantoneseTable('# version: 1\n嘢\t事情\n');
    if (!own.ok) throw new Error('own table should parse');
    expect(toWrittenChinese('乜嘢', own.value)).toBe('乜事情');
  });
});
