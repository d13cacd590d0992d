import { describe, expect, it } from 'vitest';
import { cutToLength } from './cut-to-length.ts';
import { detectLanguage, textLength } from './language.ts';

describe('length in the unit of the language', () => {
  it('counts Chinese in characters (white space aside) and English in words', () => {
    expect(textLength('政府 公布新措施。', 'zh')).toBe(8);
    expect(textLength("The officer's plan starts in 2025, e.g. in March.", 'en')).toBe(9);
  });

  it('detects Chinese text even when it quotes English names', () => {
    expect(detectLanguage('運輸署（Transport Department）今日公布新措施，市民可於網上申請。')).toBe('zh');
    expect(detectLanguage('The Transport Department (運輸署) announced new measures today.')).toBe('en');
  });

  it('cuts to at most the budget, after a whole character or word', () => {
    expect(cutToLength('政府 今日公布新措施', 4, 'zh')).toBe('政府 今日');
    expect(cutToLength('The plan starts in 2025, officially.', 4, 'en')).toBe('The plan starts in');
    expect(cutToLength('Short.', 10, 'en')).toBe('Short.');
    expect(cutToLength('任何文字', 0, 'zh')).toBe('');
  });
});
