import { describe, expect, it } from 'vitest';
import { type Glossary, parseGlossary } from './glossary.ts';
import { autoFix, checkSentence } from './glossary-check.ts';
import { applyReview, reviewedText, reviewProgress, startReview } from './review.ts';
import { translateOffline } from './translate-offline.ts';

const parsed = parseGlossary(
  [
    'en\tzh_hant\twrong_en\twrong_zh',
    'Department of Health\t衞生署\tHealth Department\t衛生部',
    'Buildings Department\t屋宇署\t\t建築署',
    'Architectural Services Department\t建築署\t\t',
    'Legislative Council\t立法會\t\t',
    'Chief Secretary for Administration\t政務司司長\t\t',
    "Chief Secretary for Administration's Office\t政務司司長辦公室\t\t",
  ].join('\n'),
  'dept.tsv',
);
if (!parsed.ok) throw new Error(parsed.issues[0]?.message);
const glossary: Glossary = parsed.value;

describe('checkSentence (glossary enforcement on one aligned pair)', () => {
  it('passes a translation using every approved term', () => {
    expect(
      checkSentence(
        'The Department of Health wrote to the Legislative Council.',
        '衞生署致函立法會。',
        glossary,
        'en',
        'zh-Hant',
      ),
    ).toEqual([]);
  });

  it('reports a variant of the approved term with its offsets, fixable', () => {
    const [violation] = checkSentence(
      'The Department of Health said so.',
      '衛生署表示如此。',
      glossary,
      'en',
      'zh-Hant',
    );
    expect(violation).toMatchObject({
      kind: 'variant',
      source: { start: 4, end: 24, text: 'Department of Health' },
      target: { start: 0, end: 3, text: '衛生署' },
      expected: ['衞生署'],
      entries: ['dept.tsv:2'],
      fixable: true,
    });
    expect(violation?.message.zh).toBe('「衛生署」為核准譯名「衞生署」的異體寫法');
  });

  it('reports a Traditional term in a Simplified translation as a variant', () => {
    const [violation] = checkSentence('The Department of Health said so.', '衞生署表示。', glossary, 'en', 'zh-Hans');
    expect(violation).toMatchObject({ kind: 'variant', expected: ['卫生署'], target: { text: '衞生署' } });
  });

  it('reports a known wrong variant in either direction', () => {
    expect(checkSentence('The Buildings Department replied.', '建築署已回覆。', glossary, 'en', 'zh-Hant')).toEqual([
      expect.objectContaining({ kind: 'wrong-variant', target: { start: 0, end: 3, text: '建築署' }, fixable: true }),
    ]);
    expect(checkSentence('衞生署已回覆。', 'The Health Department replied.', glossary, 'zh-Hant', 'en')).toEqual([
      expect.objectContaining({ kind: 'wrong-variant', target: { start: 4, end: 21, text: 'Health Department' } }),
    ]);
  });

  it('reports a missing term with no target span; English case and plural are not violations', () => {
    expect(checkSentence('The Legislative Council met.', '議會開會。', glossary, 'en', 'zh-Hant')).toEqual([
      expect.objectContaining({ kind: 'missing', target: null, fixable: false, expected: ['立法會'] }),
    ]);
    expect(checkSentence('立法會開會。', 'The legislative council met.', glossary, 'zh-Hant', 'en')).toEqual([]);
  });

  it('reports the approved wording found only inside a longer glossary term (the office where the post is meant)', () => {
    const post = 'The Chief Secretary for Administration chaired the meeting.';
    expect(checkSentence(post, '政務司司長辦公室主持會議。', glossary, 'en', 'zh-Hant')).toEqual([
      expect.objectContaining({
        kind: 'wrong-term',
        target: { start: 0, end: 8, text: '政務司司長辦公室' },
        expected: ['政務司司長'],
        fixable: false,
      }),
    ]);
    expect(checkSentence(post, '政務司司長主持會議。', glossary, 'en', 'zh-Hant')).toEqual([]);
    expect(
      checkSentence(
        '政務司司長主持會議。',
        "The Chief Secretary for Administration's Office chaired it.",
        glossary,
        'zh-Hant',
        'en',
      ),
    ).toEqual([
      expect.objectContaining({
        kind: 'wrong-term',
        target: { start: 4, end: 47, text: "Chief Secretary for Administration's Office" },
      }),
    ]);
  });

  it('autoFix replaces fixable spans and leaves missing terms; the fixed sentence passes', () => {
    const source = 'The Department of Health and the Buildings Department met the Legislative Council.';
    const target = '衛生部與建築署會見議會。';
    const violations = checkSentence(source, target, glossary, 'en', 'zh-Hant');
    expect(violations.map((v) => v.kind)).toEqual(['wrong-variant', 'wrong-variant', 'missing']);
    const fixed = autoFix(target, violations);
    expect(fixed.text).toBe('衞生署與屋宇署會見議會。');
    expect(fixed.fixes).toEqual([
      { from: '衛生部', to: '衞生署', start: 0, end: 3 },
      { from: '建築署', to: '屋宇署', start: 4, end: 7 },
    ]);
    expect(checkSentence(source, fixed.text, glossary, 'en', 'zh-Hant').map((v) => v.kind)).toEqual(['missing']);
  });
});

describe('translateOffline (no model)', () => {
  it('converts Simplified to Hong Kong Traditional sentence by sentence and checks the glossary', () => {
    const result = translateOffline('卫生署今日公布新措施。立法会明日开会。', { to: 'zh-Hant', glossary });
    expect(result).toMatchObject({
      mode: 'script-conversion',
      from: 'zh-Hans',
      to: 'zh-Hant',
      calls: 0,
      violations: 0,
    });
    expect(result.sentences.map((s) => s.target)).toEqual(['衞生署今日公佈新措施。', '立法會明日開會。']);
    expect(result.note.en).toContain('No model was used');
  });

  it('English to Chinese: the glossary terms and their approved translations, and a note that a model is needed', () => {
    const result = translateOffline('The Department of Health wrote to the Buildings Department. It asked twice.', {
      to: 'zh-Hant',
      glossary,
    });
    expect(result.mode).toBe('glossary-lookup');
    expect(result.sentences.every((s) => s.target === null)).toBe(true);
    expect(result.terms).toEqual([
      { term: 'Department of Health', approved: ['衞生署'], sentences: [1], entries: ['dept.tsv:2'] },
      { term: 'Buildings Department', approved: ['屋宇署'], sentences: [1], entries: ['dept.tsv:3'] },
    ]);
    expect(result.note.en).toContain('needs a model');
    expect(result.note.zh).toContain('須經閘道使用模型');
  });
});

describe('review (accept / edit per sentence, pure)', () => {
  const result = translateOffline('卫生署今日公布。建筑署回复。', { to: 'zh-Hant', glossary });

  it('an edit replaces the wording and re-checks it; accept settles a sentence; the old review is unchanged', () => {
    const review = startReview(result);
    expect(reviewProgress(review)).toMatchObject({ pending: 2, complete: false, violations: 0 });
    const edited = applyReview(review, { sentence: 2, action: 'edit', text: '衛生署回覆。' }, glossary);
    expect(edited.ok).toBe(true);
    if (!edited.ok) return;
    // 建筑署 (Architectural Services) source now translated as the Health department variant: the term is missing.
    expect(edited.value.sentences[1]).toMatchObject({
      status: 'edited',
      machine: '建築署回覆。',
      target: '衛生署回覆。',
    });
    expect(edited.value.sentences[1]?.violations.map((v) => v.kind)).toEqual(['missing']);
    const accepted = applyReview(edited.value, { sentence: 1, action: 'accept' }, glossary);
    expect(accepted.ok && reviewProgress(accepted.value)).toEqual({
      accepted: 1,
      edited: 1,
      pending: 0,
      violations: 1,
      complete: true,
    });
    expect(review.sentences.every((s) => s.status === 'pending')).toBe(true);
  });

  it("keeps each sentence's paragraph, so the reviewed translation is laid out as the source", () => {
    const two = translateOffline('卫生署今日公布。措施下月生效。\n\n立法会明日开会。', { to: 'zh-Hant', glossary });
    expect(two.sentences.map((s) => s.paragraph)).toEqual([0, 0, 1]);
    const edited = applyReview(startReview(two), { sentence: 2, action: 'edit', text: '措施將於下月生效。' }, glossary);
    expect(edited.ok && reviewedText(edited.value)).toBe('衞生署今日公佈。措施將於下月生效。\n立法會明日開會。');
  });

  it('refuses an unknown sentence, an empty edit and accepting a sentence with no translation', () => {
    const review = startReview(result);
    const unknown = applyReview(review, { sentence: 9, action: 'accept' }, glossary);
    expect(unknown.ok || unknown.issues[0]).toMatchObject({ code: 'unknown_sentence', path: ['sentence'] });
    const empty = applyReview(review, { sentence: 1, action: 'edit', text: '  ' }, glossary);
    expect(empty.ok || empty.issues[0]).toMatchObject({ code: 'empty_translation', messageZh: '譯文是空的' });
    const lookup = startReview(translateOffline('The Legislative Council met.', { to: 'zh-Hant', glossary }));
    const nothing = applyReview(lookup, { sentence: 1, action: 'accept' }, glossary);
    expect(nothing.ok || nothing.issues[0]?.code).toBe('nothing_to_accept');
  });
});
