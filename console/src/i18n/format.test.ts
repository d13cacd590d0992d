import { describe, expect, it } from 'vitest';
import { formatters } from './format.ts';

describe('lists in the officer’s language', () => {
  it('joins a list with 「、」 and 「及」 in 繁體中文, and with commas and "and" in English', () => {
    expect(formatters('zh-Hant').list(['相片', '姓名', '地址'])).toBe('相片、姓名及地址');
    expect(formatters('en').list(['photo', 'name', 'address'])).toBe('photo, name and address');
  });

  it('says one item as it is and two with the conjunction alone', () => {
    expect(formatters('zh-Hant').list(['相片'])).toBe('相片');
    expect(formatters('zh-Hant').list(['photo', 'name'])).toBe('photo及name');
    expect(formatters('en').list(['photo', 'name'])).toBe('photo and name');
    expect(formatters('en').list([])).toBe('');
  });

  it('gives the same list in parts, the items in their order between the separators', () => {
    expect(formatters('zh-Hant').listParts(['a', 'b', 'c'])).toEqual([
      { type: 'element', value: 'a' },
      { type: 'literal', value: '、' },
      { type: 'element', value: 'b' },
      { type: 'literal', value: '及' },
      { type: 'element', value: 'c' },
    ]);
  });
});
