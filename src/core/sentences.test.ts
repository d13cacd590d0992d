import { describe, expect, it } from 'vitest';
import { sentences } from './sentences.ts';

describe('sentences of a reply', () => {
  it('runs Chinese sentences on with no space, closing one a department left open with 。', () => {
    expect(sentences('zh-Hant', '抱歉，我暫時未能回答這個問題。', '請致電 1823', '如需職員跟進，請回覆「好」。')).toBe(
      '抱歉，我暫時未能回答這個問題。請致電 1823。如需職員跟進，請回覆「好」。',
    );
    expect(sentences('zh-Hans', '请致电 1823（24 小时）', '')).toBe('请致电 1823（24 小时）');
  });

  it('puts a space between English sentences, closing one left open with a full stop', () => {
    expect(sentences('en', 'Sorry, I cannot answer that question yet.', 'Call 1823 ', 'Reply "yes".')).toBe(
      'Sorry, I cannot answer that question yet. Call 1823. Reply "yes".',
    );
  });
});
