import { describe, expect, it } from 'vitest';
import { unifyIdeographs } from './unify-ideographs.ts';

describe('unifying radicals and compatibility ideographs', () => {
  it('maps Kangxi radicals and CJK Radicals Supplement characters to the ideographs they stand for', () => {
    // ⼈ U+2F08, ⼊ U+2F0A (Kangxi Radicals), ⻑ U+2ED1 (CJK Radicals Supplement): what PDF text layers carry.
    expect(unifyIdeographs('成\u2f08\u2f0a場費：\u2ed1者半價')).toBe('成人入場費：長者半價');
  });

  it('maps CJK compatibility ideographs to their canonical ideographs, supplement plane included', () => {
    // U+F907 → 龜, U+F91D → 欄, U+2F800 → 丽; U+FA11 﨑 is a unified ideograph and stays.
    expect(unifyIdeographs('\uf907\uf91d\u{2f800}\ufa11')).toBe('龜欄丽\ufa11');
  });

  it('leaves everything else as written: full-width forms, Traditional variants, other scripts', () => {
    const text = 'ＨＫ＄８０，暫准公布；裏/裡 着/著 ㈱ café 😀';
    expect(unifyIdeographs(text)).toBe(text);
  });
});
