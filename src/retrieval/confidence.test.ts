import { describe, expect, it } from 'vitest';
import { CONFIDENCE_ANCHORS, calibratedConfidence, queryCoverage } from './confidence.ts';
import { LexicalRetriever } from './lexical-retriever.ts';

const PASSAGES = [
  {
    id: 'pools-hours',
    title: 'Public swimming pools',
    answer:
      'Public swimming pools open from April to October, and some heated indoor pools open all year. Each day has a morning, an afternoon and an evening session, with a break of about an hour between sessions for cleaning the water and the facilities.',
  },
  {
    id: 'pools-fees',
    title: 'Public swimming pools',
    answer:
      'Admission for adults is seventeen dollars a session. Children and people aged sixty or above pay half price, and so do holders of a registration card for people with disabilities, whose carers enter free of charge.',
  },
  {
    id: 'pools-rules',
    title: 'Public swimming pools',
    answer:
      'Swimmers must wear proper swimwear and shower before entering the water. Eating and smoking are not allowed on the pool deck, and children under ten must be accompanied by an adult.',
  },
];

describe('calibrated confidence', () => {
  it('maps each kind’s anchor onto the default threshold and full evidence onto 1', () => {
    for (const kind of ['question', 'passage'] as const) {
      const anchor = CONFIDENCE_ANCHORS[kind];
      expect(calibratedConfidence({ kind, coverage: anchor, queryShare: 1 })).toBeCloseTo(0.35);
      expect(calibratedConfidence({ kind, coverage: 1, queryShare: 1 })).toBe(1);
      expect(calibratedConfidence({ kind, coverage: 0, queryShare: 0.9 })).toBe(0);
      expect(calibratedConfidence({ kind, coverage: 0.5, queryShare: 0.3 })).toBeLessThan(
        calibratedConfidence({ kind, coverage: 0.6, queryShare: 0.3 }),
      );
    }
  });

  it('credits a synonym only when the entry holds its whole phrase', () => {
    const terms = [{ term: '狗牌', mass: 1 }];
    const expansions = [{ phrase: ['犬只', '登记'], standsFor: ['狗牌'], credit: 0.6 }];
    expect(queryCoverage(terms, expansions, (t) => t === '登记')).toBe(0);
    expect(queryCoverage(terms, expansions, (t) => t === '登记' || t === '犬只')).toBeCloseTo(0.6);
    expect(queryCoverage(terms, expansions, (t) => t === '狗牌')).toBe(1);
  });

  it('answers a near-verbatim question about a long passage above the default threshold', () => {
    const question = 'Do children and people aged sixty or above pay half price for admission?';
    const calibrated = new LexicalRetriever();
    calibrated.upsert(PASSAGES);
    const hit = calibrated.search(question).hits[0];
    expect(hit?.id).toBe('pools-fees');
    expect(hit?.confidence).toBeGreaterThanOrEqual(0.35);
    // The single confidence of every kind before: a passage could never reach an FAQ question's score.
    const before = new LexicalRetriever({ confidence: 'query-share' });
    before.upsert(PASSAGES);
    expect(before.search(question).hits[0]?.confidence).toBeLessThan(0.35);
  });

  it('weighs query terms among the entries a bot may answer from, not the whole department', () => {
    const retriever = new LexicalRetriever();
    retriever.upsert([
      { id: 'complain', question: 'How do I make a complaint through 1823?', bots: ['hotline'] },
      { id: 'enquire', question: 'How do I make an enquiry with 1823?', bots: ['hotline'] },
      { id: 'hours', question: 'What are the opening hours of 1823?', bots: ['hotline'] },
      { id: 'dog-apply', question: 'How do I apply for a dog licence?', bots: ['dogs'] },
      { id: 'dog-fee', question: 'How much does a dog licence cost?', bots: ['dogs'] },
      { id: 'dog-renew', question: 'How do I renew my dog licence?', bots: ['dogs'] },
    ]);
    const question = 'How do I apply for a dog licence?';
    const elsewhere = retriever.search(question, { filter: { bot: 'hotline' } }).hits[0];
    expect(elsewhere?.confidence ?? 0).toBeLessThan(0.35);
    const here = retriever.search(question, { filter: { bot: 'dogs' } }).hits[0];
    expect(here?.id).toBe('dog-apply');
    expect(here?.confidence).toBeGreaterThanOrEqual(0.35);
  });
});
