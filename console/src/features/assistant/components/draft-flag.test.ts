import { describe, expect, it } from 'vitest';
import { around } from './draft-flag.ts';

describe('the paragraph around a flagged sentence', () => {
  const text = 'Dear Mr Chan,\n\nWe hope this helps. The fee is HK$800. Thank you.\n\nYours sincerely,';
  const start = text.indexOf('The fee');
  const end = text.indexOf(' Thank');

  it('keeps only the flagged sentence’s paragraph, split around the sentence', () => {
    expect(around(text, start, end)).toEqual({
      before: 'We hope this helps. ',
      flagged: 'The fee is HK$800.',
      after: ' Thank you.',
    });
  });

  it('handles a sentence that starts a paragraph or the text, or ends it', () => {
    const first = text.indexOf('We hope');
    expect(around(text, first, first + 'We hope this helps.'.length).before).toBe('');
    expect(around(text, 0, 'Dear Mr Chan,'.length)).toEqual({ before: '', flagged: 'Dear Mr Chan,', after: '' });
    const last = text.indexOf('Yours');
    expect(around(text, last, text.length)).toEqual({ before: '', flagged: 'Yours sincerely,', after: '' });
  });
});
