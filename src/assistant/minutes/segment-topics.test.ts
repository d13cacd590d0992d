import { describe, expect, it } from 'vitest';
import { segmentTopics } from './segment-topics.ts';
import { splitTurns } from './sentences.ts';

const said = (lines: string[]) => splitTurns(lines.map((text) => ({ speaker: 'A', text })));

describe('segmentTopics', () => {
  it('opens an item at each agenda marker, English and Chinese, taking the title the chair gives', () => {
    const segments = segmentTopics(
      said([
        'Welcome. Item 1: Budget.',
        'Costs rose.',
        'Next item: staffing.',
        'Two posts are vacant.',
        '議程三：社區活動。',
        '活動照舊。',
      ]),
    );
    expect(segments.map((s) => [s.title, s.by, s.sentences.length])).toEqual([
      ['Budget', 'agenda_marker', 3],
      ['staffing', 'agenda_marker', 2],
      ['社區活動', 'agenda_marker', 2],
    ]);
  });

  it('keeps a substantial opening before the first marker as its own segment', () => {
    const segments = segmentTopics(
      said([
        'Welcome all.',
        'Apologies from Tom.',
        'The minutes were confirmed.',
        'Agenda item two – roads.',
        'Roads.',
      ]),
    );
    expect(segments.map((s) => s.by)).toEqual(['start', 'agenda_marker']);
  });

  it('without markers, cuts where the vocabulary changes (lexical cohesion)', () => {
    const budget = Array.from(
      { length: 12 },
      (_, i) => `The budget deficit and spending cuts for budget line ${i} concern the treasury.`,
    );
    const schools = Array.from(
      { length: 12 },
      (_, i) => `School teachers and pupils in classroom ${i} need textbooks and teachers.`,
    );
    const segments = segmentTopics(said([...budget, ...schools]), { sentencesPerSegment: 10, minSentences: 5 });
    expect(segments).toHaveLength(2);
    expect(segments[1]?.by).toBe('lexical_cohesion');
    expect(segments[1]?.sentences[0]?.text).toContain('School');
  });

  it('finds a topic change in Chinese text by character bigrams', () => {
    const a = Array.from({ length: 10 }, (_, i) => `財政預算赤字${i}需要削減開支，庫務署關注預算。`);
    const b = Array.from({ length: 10 }, (_, i) => `學校教師${i}和學生需要課本，教育局增加教師。`);
    const segments = segmentTopics(said([...a, ...b]), { sentencesPerSegment: 8, minSentences: 4 });
    expect(segments.map((s) => s.sentences.length)).toEqual([10, 10]);
  });
});
