import { describe, expect, it } from 'vitest';
import { detectPii } from './detect-pii.ts';
import type { PiiFinding } from './detector.ts';
import { loadTaggerModel, packTaggerModel } from './tagger-model.ts';
import { TAGGER_BITS, TAGGER_LABELS, type TaggerLabel, weightAt, wordsOf } from './tagger-features.ts';
import { spansOf, tagWords } from './token-tagger.ts';

/** A model that calls every word it scores an address: shows what the tagger may and may not touch. */
function alwaysAddress(): Float32Array {
  const weights = new Float32Array(TAGGER_LABELS.length << TAGGER_BITS);
  for (let bucket = 0; bucket < 1 << TAGGER_BITS; bucket++) weights[weightAt(bucket, 2)] = 1;
  return weights;
}

const finding = (type: PiiFinding['type'], text: string, value: string): PiiFinding => {
  const start = text.indexOf(value);
  return { type, value, start, end: start + value.length, confidence: 0.85, reason: 'rule', reasonZhHant: '規則' };
};

describe('personal-data word tagger', () => {
  it('splits words and carries the rule label of each', () => {
    const text = 'Mr Chan lives at 12 Nathan Road';
    const words = wordsOf(text, [finding('PERSON', text, 'Chan'), finding('ADDRESS', text, '12 Nathan Road')]);
    expect(words.map((w) => `${text.slice(w.start, w.end)}/${w.rule}`)).toEqual([
      'Mr/O',
      'Chan/PERSON',
      'lives/O',
      'at/O',
      '12/ADDRESS',
      'Nathan/ADDRESS',
      'Road/ADDRESS',
    ]);
  });

  it('only adds: rule labels stay, other personal data and Chinese are never tagged, plain words after untagged ones are not scored', () => {
    const text = 'Ms Lee 9123 4567 陳大文 Flower lane';
    const words = wordsOf(text, [finding('PERSON', text, 'Lee'), finding('PHONE', text, '9123 4567')]);
    const labels: TaggerLabel[] = tagWords(alwaysAddress(), words);
    // `Ms` is scored (capitalised) and becomes an address under this model; `lane` follows a tagged word.
    expect(labels).toEqual(['ADDRESS', 'PERSON', 'O', 'O', 'O', 'ADDRESS', 'ADDRESS']);
    expect(tagWords(alwaysAddress(), wordsOf('please call me', []))).toEqual(['O', 'O', 'O']);
  });

  it('widens a rule finding over tagged words next to it and keeps its confidence', () => {
    const text = 'Send it to 5049 Harjukuja 54, SEINÄJOKI today';
    const rule = finding('ADDRESS', text, '5049 Harjukuja 54');
    const words = wordsOf(text, [rule]);
    const labels = words.map(
      (w): TaggerLabel => (w.rule === 'ADDRESS' || text.slice(w.start, w.end) === 'SEINÄJOKI' ? 'ADDRESS' : 'O'),
    );
    const [widened] = spansOf(text, words, labels, [rule]);
    expect(widened?.value).toBe('5049 Harjukuja 54, SEINÄJOKI');
    expect(widened?.confidence).toBe(0.85);
    expect(widened?.reason).toContain('widened by the trained word tagger');
  });

  it('drops short address runs the rules did not see, and ends a block at a postcode line or a sentence', () => {
    const label = (text: string, tagged: string[], rules: PiiFinding[] = []) => {
      const words = wordsOf(text, rules);
      const labels = words.map((w): TaggerLabel => (tagged.includes(text.slice(w.start, w.end)) ? 'ADDRESS' : 'O'));
      return spansOf(text, words, labels, rules).map((f) => f.value);
    };
    expect(label('Results 2019 Season 3', ['2019', 'Season', '3'])).toEqual([]);
    const block = '24 Clarke Avenue\nNew Zealand 34694\nThanks a lot';
    expect(label(block, ['24', 'Clarke', 'Avenue', 'New', 'Zealand', '34694', 'Thanks'])).toEqual([
      '24 Clarke Avenue\nNew Zealand 34694',
    ]);
    const sentence = '24 Clarke Avenue\nthanks again';
    const street = finding('ADDRESS', sentence, '24 Clarke Avenue');
    expect(label(sentence, ['24', 'Clarke', 'Avenue', 'thanks', 'again'], [street])).toEqual(['24 Clarke Avenue']);
  });

  it('with the committed model, adds the town line to an address and leaves plain text alone', () => {
    expect(detectPii('his address: 5049 Harjukuja 54, SEINÄJOKI').map((f) => f.value)).toEqual([
      '5049 Harjukuja 54, SEINÄJOKI',
    ]);
    expect(detectPii('Please contact the Transport Department about your licence renewal.')).toEqual([]);
    expect(detectPii('Results\n2019 Season 3\nWe won')).toEqual([]);
    // A full stop after a whole word ends the sentence and the address; after an abbreviation it does not.
    const sentences = 'Send it to Flat 3, 12/F, 88 Nathan Road, Tsim Sha Tsui. HKID A123456(3) is mine.';
    expect(detectPii(sentences).map((f) => `${f.type}:${f.value}`)).toEqual([
      'ADDRESS:Flat 3, 12/F, 88 Nathan Road, Tsim Sha Tsui',
      'HKID:A123456(3)',
    ]);
    // A capitalised word that starts a sentence is no name unless a name list knows it.
    expect(detectPii('Write to Mr. Tan at 5 Harbour Rd. Thank you.').map((f) => f.value)).not.toContain('Thank');
  });

  it('leaves text that is mostly Chinese to the rules', () => {
    const text = '申請人姓名：陳大文，英文名 Peter Chan，住喺沙田大圍積福街12號3樓，請盡快回覆。';
    expect(detectPii(text)).toEqual(detectPii(text, { tagger: false }));
  });

  it('refuses a model file with the wrong number of weights', () => {
    const file = packTaggerModel(new Float32Array(TAGGER_LABELS.length << TAGGER_BITS), {
      source: 'test',
      texts: 0,
      words: 0,
      epochs: 0,
    });
    expect(loadTaggerModel(file)).toHaveLength(TAGGER_LABELS.length << TAGGER_BITS);
    expect(() => loadTaggerModel({ ...file, weights: Buffer.alloc(10).toString('base64') })).toThrow(/expected/);
  });
});
