import { describe, expect, it } from 'vitest';
import { groupQuestions } from './group-questions.ts';

const at = (day: number) => new Date(Date.UTC(2026, 11, day, 4));
const asked = (pairs: [string, number][]) => pairs.map(([text, day]) => ({ text, at: at(day) }));

describe('groupQuestions', () => {
  it('groups Cantonese, written and Simplified phrasings of one question under the commonest phrasing', () => {
    const groups = groupQuestions(
      asked([
        ['點樣申請狗牌？', 1],
        ['點樣申請狗牌？', 3],
        ['點樣申請狗牌', 2],
        ['如何申请狗牌？', 2],
        ['申請狗牌要點做？', 2],
        ['How do I apply for a dog licence?', 1],
        ['how to apply for a dog license', 2],
        ['垃圾站幾點開？', 2],
        ['我想投訴噪音', 3],
      ]),
    );
    expect(groups.map(({ label, count }) => ({ label, count }))).toEqual([
      { label: '點樣申請狗牌？', count: 5 },
      { label: 'how to apply for a dog license', count: 2 },
      { label: '我想投訴噪音', count: 1 },
      { label: '垃圾站幾點開？', count: 1 },
    ]);
    expect(groups[0]?.phrasings[0]).toEqual({ text: '點樣申請狗牌？', count: 2 });
    expect(groups[0]?.phrasings.map((p) => p.text)).toEqual(
      expect.arrayContaining(['點樣申請狗牌', '如何申请狗牌？', '申請狗牌要點做？']),
    );
    expect(groups[0]?.lastAskedAt).toEqual(at(3));
  });

  it('keeps neighbouring subjects of one bot apart', () => {
    const groups = groupQuestions(
      asked([
        ['點樣申請狗牌？', 1],
        ['狗牌幾錢？', 1],
        ['dog licence fee', 1],
        ['How do I apply for a dog licence?', 1],
      ]),
    );
    expect(groups).toHaveLength(4);
  });

  it('groups questions without terms by their text alone', () => {
    const groups = groupQuestions(
      asked([
        ['？？', 1],
        ['？？', 2],
        ['!!', 1],
      ]),
    );
    expect(groups.map(({ label, count }) => ({ label, count }))).toEqual([
      { label: '？？', count: 2 },
      { label: '!!', count: 1 },
    ]);
  });
});
