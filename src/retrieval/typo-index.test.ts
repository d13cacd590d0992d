import { describe, expect, it } from 'vitest';
import { TypoIndex } from './typo-index.ts';

function indexOf(words: readonly string[]): TypoIndex {
  const typos = new TypoIndex();
  for (const word of words) typos.add(word);
  return typos;
}

describe('TypoIndex', () => {
  it('corrects a word of five or more letters by one insert, delete, substitution or swap', () => {
    const typos = indexOf(['vaccine', 'symptom', 'quarantine']);
    expect(typos.corrections('vacine')).toEqual(['vaccine']);
    expect(typos.corrections('symptpm')).toEqual(['symptom']);
    expect(typos.corrections('quaratnine')).toEqual(['quarantine']);
  });

  it('corrects a four-letter word only by a swap of neighbouring letters (real is not a typo of read)', () => {
    const typos = indexOf(['wash', 'read', 'soap']);
    expect(typos.corrections('wahs')).toEqual(['wash']);
    expect(typos.corrections('real')).toEqual([]);
    expect(typos.corrections('soup')).toEqual([]);
  });

  it('never corrects a known word or a word shorter than four letters', () => {
    const typos = indexOf(['wash', 'flue']);
    expect(typos.corrections('wash')).toEqual([]);
    expect(typos.corrections('flu')).toEqual([]);
  });
});
