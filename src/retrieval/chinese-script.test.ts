import { describe, expect, it } from 'vitest';
import { chineseScriptOf, toChineseScript } from './chinese-script.ts';

describe('serving Chinese text in the reader script', () => {
  const traditional = [
    '暫准居留的決定會在網上公布。',
    '申請表格可在辦事處裏索取，填寫時請按着指示。',
    '表格放在櫃檯裡面，請沿著指示牌前往。',
  ];

  it('serves Traditional text to a Traditional reader verbatim, variants included (暫准, 公布, 着/著, 裏/裡)', () => {
    for (const text of traditional) expect(toChineseScript(text, 'traditional')).toBe(text);
  });

  it('converts Traditional text for a Simplified reader', () => {
    expect(toChineseScript(traditional[0] ?? '', 'simplified')).toBe('暂准居留的决定会在网上公布。');
    expect(toChineseScript(traditional[1] ?? '', 'simplified')).toBe('申请表格可在办事处里索取，填写时请按着指示。');
  });

  it('serves Simplified text to a Simplified reader verbatim and converts it for a Traditional one', () => {
    const text = '暂准居留的决定会在网上公布。';
    expect(toChineseScript(text, 'simplified')).toBe(text);
    expect(chineseScriptOf(toChineseScript(text, 'traditional'))).toBe('traditional');
  });

  it('leaves text that tells no script alone for either reader (批准 reads the same in both)', () => {
    expect(toChineseScript('申請已獲批准', 'traditional')).toBe('申請已獲批准');
    for (const text of ['香港', 'Call 1823.']) {
      expect(chineseScriptOf(text)).toBe('neutral');
      expect(toChineseScript(text, 'traditional')).toBe(text);
      expect(toChineseScript(text, 'simplified')).toBe(text);
    }
  });
});
