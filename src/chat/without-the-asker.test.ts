import { describe, expect, it } from 'vitest';
import { withoutContactClauses, withoutSelfIntroduction, withoutTheAsker } from './without-the-asker.ts';

describe('withoutSelfIntroduction', () => {
  it.each([
    ['我是陳大文先生。狗隻牌照費用是多少？', '狗隻牌照費用是多少？'],
    ['我是住在香港的巴基斯坦裔男士穆罕默德·汗。狗隻牌照費用是多少？', '狗隻牌照費用是多少？'],
    ['我係陳生，想問狗牌幾錢？', '想問狗牌幾錢？'],
    ['你好，我叫陳美玲。點樣續牌？', '點樣續牌？'],
    ['本人姓李，請問1823幾點開？', '請問1823幾點開？'],
    ['I am Chan Tai Man, a Chinese man. How much is a dog licence?', 'How much is a dog licence?'],
    ["Hi, I'm Maria Santos. How do I renew my licence?", 'How do I renew my licence?'],
    ['My name is Siti Rahmah from Indonesia. Where do I get a licence?', 'Where do I get a licence?'],
    ['This is Muhammad Khan. What are the opening hours?', 'What are the opening hours?'],
  ])('takes the introduction off %s', (asked, rest) => {
    expect(withoutSelfIntroduction(asked)).toBe(rest);
  });

  it.each([
    // What the asker is, not who, can decide the answer: left as it is.
    ['I am worried that my dog is lost. What should I do?'],
    ['我係長者，使唔使交牌費？'],
    ['我是狗主。狗隻牌照費用是多少？'],
    // Nothing is left to ask once the introduction goes.
    ['我是陳大文先生。'],
    ['My name is Chan Tai Man.'],
    ['狗隻牌照費用是多少？'],
  ])('leaves %s alone', (asked) => {
    expect(withoutSelfIntroduction(asked)).toBeNull();
  });
});

describe('withoutContactClauses', () => {
  it.each([
    ['我電話係 9123 4567，請問狗隻幾大要領牌？', '請問狗隻幾大要領牌？'],
    ['隻狗幾大要領牌？我電話係 9123 4567', '隻狗幾大要領牌？'],
    ['點樣續牌？有事打 9123 4567 或者電郵 chan@example.com 搵我', '點樣續牌？'],
    ['My number is 9123 4567. How old must my dog be to get a licence?', 'How old must my dog be to get a licence?'],
  ])('takes the clause giving the contact off %s', (asked, rest) => {
    expect(withoutContactClauses(asked)).toBe(rest);
  });

  it.each([
    ['狗隻幾大要領狗牌？'],
    // The number is what is asked about, in the one clause there is: nothing would be left.
    ['請問 2815 7711 係咪海關熱線？'],
  ])('leaves %s alone', (asked) => {
    expect(withoutContactClauses(asked)).toBeNull();
  });
});

describe('withoutTheAsker', () => {
  it('takes off both an introduction and a contact, or either alone', () => {
    expect(withoutTheAsker('我係陳生，電話 9123 4567，想問狗牌幾錢？')).toBe('想問狗牌幾錢？');
    expect(withoutTheAsker('我係陳生，想問狗牌幾錢？')).toBe('想問狗牌幾錢？');
    expect(withoutTheAsker('電話 9123 4567，想問狗牌幾錢？')).toBe('想問狗牌幾錢？');
    expect(withoutTheAsker('想問狗牌幾錢？')).toBeNull();
  });
});
