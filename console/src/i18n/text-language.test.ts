import { describe, expect, it } from 'vitest';
import { languageOfText, languageToMark } from './text-language.ts';

describe('languageOfText', () => {
  it('keeps the language the server recorded', () => {
    expect(languageOfText('How much is a dog licence?', 'zh-Hant')).toBe('zh-Hant');
  });

  it('reads English and Chinese from the script', () => {
    expect(languageOfText('How much is a dog licence?')).toBe('en');
    expect(languageOfText('狗牌幾錢？')).toBe('zh-Hant');
    expect(languageOfText('1823 可以答覆哪些部門的查詢？', null)).toBe('zh-Hant');
  });

  it('gives mixed text the language most of it is in', () => {
    expect(languageOfText('Siu Wai 小慧 (Customs and Excise demo assistant)')).toBe('en');
    expect(languageOfText('登入後選擇「Check Licence Validity」並輸入驗證碼')).toBe('zh-Hant');
  });

  it('tags text with Chinese characters as Chinese, the rest as English', () => {
    expect(languageOfText('牌照費為港幣80元，有效期三年。')).toBe('zh-Hant');
    expect(languageOfText('HR will advertise the posts by 20 December.')).toBe('en');
    expect(languageOfText('Mary 會跟進')).toBe('zh-Hant');
  });

  it('leaves text with no letters to the page', () => {
    expect(languageOfText('9123 4567')).toBeUndefined();
    expect(languageOfText('')).toBeUndefined();
  });
});

describe('languageToMark', () => {
  it('marks English words in the Chinese page and Chinese words in the English one', () => {
    expect(languageToMark('How much is a dog licence?', 'zh-Hant')).toBe('en');
    expect(languageToMark('狗牌幾錢？', 'en')).toBe('zh-Hant');
  });

  it('leaves words in the page’s own language, or with no letters, to the page', () => {
    expect(languageToMark('How much is a dog licence?', 'en')).toBeUndefined();
    expect(languageToMark('狗牌幾錢？', 'zh-Hant')).toBeUndefined();
    expect(languageToMark('9123 4567', 'zh-Hant')).toBeUndefined();
  });

  it('reads the recorded language against the page: its region or script, not its spelling', () => {
    expect(languageToMark('狗牌幾錢？', 'zh-Hant', 'zh-Hant-HK')).toBeUndefined();
    expect(languageToMark('狗牌幾錢？', 'zh-Hant', 'zh-HK')).toBeUndefined();
    expect(languageToMark('Dog licence', 'en', 'en-GB')).toBeUndefined();
    expect(languageToMark('狗牌几钱？', 'zh-Hant', 'zh-Hans')).toBe('zh-Hans');
    expect(languageToMark('狗牌幾錢呀？', 'zh-Hant', 'yue')).toBe('yue');
    expect(languageToMark('How much?', 'en', 'zh-Hant')).toBe('zh-Hant');
  });
});
