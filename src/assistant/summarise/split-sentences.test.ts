import { describe, expect, it } from 'vitest';
import { splitSentences } from './split-sentences.ts';

describe('splitSentences', () => {
  it('ends Chinese sentences at 。！？； and keeps closing quotes with them', () => {
    expect(
      splitSentences(
        '政府今日公布新措施。措施下月生效！市民可以申請嗎？名額有限；先到先得。他說：「明天開始。」然後離開',
      ),
    ).toEqual([
      '政府今日公布新措施。',
      '措施下月生效！',
      '市民可以申請嗎？',
      '名額有限；',
      '先到先得。',
      '他說：「明天開始。」',
      '然後離開',
    ]);
  });

  it('ends a sentence at a line break even without punctuation', () => {
    expect(splitSentences('第一段沒有標點\n第二段\r\n\nThird line')).toEqual([
      '第一段沒有標點',
      '第二段',
      'Third line',
    ]);
  });

  it('follows English rules: abbreviations, initials, decimals and domains do not end a sentence', () => {
    expect(
      splitSentences(
        'Dr. Chan met Mr. J. Smith at 3.30 p.m. on Monday. The fee is HK$1,200.50 per year. See www.gov.hk for details. Is it free? No! Under Cap. 486 it is not.',
      ),
    ).toEqual([
      'Dr. Chan met Mr. J. Smith at 3.30 p.m. on Monday.',
      'The fee is HK$1,200.50 per year.',
      'See www.gov.hk for details.',
      'Is it free?',
      'No!',
      'Under Cap. 486 it is not.',
    ]);
  });

  it('keeps dotted initials inside the sentence', () => {
    expect(splitSentences('The U.S. Army and the H.K.S.A.R. Government met. Talks went well.')).toEqual([
      'The U.S. Army and the H.K.S.A.R. Government met.',
      'Talks went well.',
    ]);
  });

  it('does not split before a lower-case word and splits before Chinese after a full stop', () => {
    expect(splitSentences('It rose approx. three times. 然後回落。')).toEqual([
      'It rose approx. three times.',
      '然後回落。',
    ]);
  });

  it('drops pieces with no words, such as bare numbering or punctuation', () => {
    expect(splitSentences('1. 2. 。。 OK.')).toEqual(['OK.']);
  });
});
