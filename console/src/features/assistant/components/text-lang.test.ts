import { describe, expect, it } from 'vitest';
import { textLang } from './text-lang.ts';

describe('textLang', () => {
  it('tags text with Chinese characters as Chinese, the rest as English', () => {
    expect(textLang('牌照費為港幣80元，有效期三年。')).toBe('zh-Hant');
    expect(textLang('HR will advertise the posts by 20 December.')).toBe('en');
    expect(textLang('Mary 會跟進')).toBe('zh-Hant');
  });
});
