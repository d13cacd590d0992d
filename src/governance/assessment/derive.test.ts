import { describe, expect, it } from 'vitest';
import type { Answers } from './answer.ts';
import { type Derived, derive, oversightFor } from './derive.ts';
import { latestTemplate } from './template-registry.ts';
import type { Template } from './template-schema.ts';

function template(id: string): Template {
  const found = latestTemplate(id);
  if (!found) throw new Error(`template ${id} not shipped`);
  return found;
}
const aiaia = template('hk-aiaia');
const genai = template('hk-genai-tier');
const pcpd = template('pcpd-ai-privacy');

function answers(values: Record<string, string>): Answers {
  return Object.fromEntries(Object.entries(values).map(([id, value]) => [id, { value }]));
}
const GATING = ['A', 'B', 'C(i)', 'C(ii)', 'C(iii)', 'D', 'E', 'F', 'G', 'H'];
const TIER = ['U1', 'U2', 'U3', 'U4', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'L1', 'L2', 'L3'];
const FACTORS = [
  'R.use',
  'R.volume',
  'R.sensitivity',
  'R.quality',
  'R.security',
  'R.probability',
  'R.severity',
  'R.duration',
];

/** Gating answers: every criterion no except those listed. */
const gating = (...yes: string[]) =>
  answers(Object.fromEntries(GATING.map((id) => [id, yes.includes(id) ? 'yes' : 'no'])));
const tier = (...yes: string[]) => answers(Object.fromEntries(TIER.map((id) => [id, yes.includes(id) ? 'yes' : 'no'])));
const factors = (ratings: Record<string, string> = {}) =>
  answers(Object.fromEntries(FACTORS.map((id) => [id, ratings[id] ?? 'low'])));

function derived(sets: Parameters<typeof derive>[0]): Derived {
  const outcome = derive(sets);
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.issues));
  return outcome.value;
}

describe('derivation table', () => {
  it.each<[string, string[], 'low' | 'high']>([
    ['every criterion no', [], 'low'],
    ['A public scrutiny', ['A'], 'high'],
    ['B new social domain', ['B'], 'high'],
    ['D sensitive personal data', ['D'], 'high'],
    ['E complex decisions', ['E'], 'high'],
    ['F systemic monitoring', ['F'], 'high'],
    ['G scoring individuals', ['G'], 'high'],
    ['H large-scale personal data', ['H'], 'high'],
    ['C(i) alone', ['C(i)'], 'low'],
    ['C(ii) alone', ['C(ii)'], 'low'],
    ['C(iii) alone', ['C(iii)'], 'low'],
    ['C(i) and C(ii)', ['C(i)', 'C(ii)'], 'low'],
    ['C(i) and C(iii)', ['C(i)', 'C(iii)'], 'low'],
    ['C(ii) and C(iii)', ['C(ii)', 'C(iii)'], 'low'],
    ['all three parts of C', ['C(i)', 'C(ii)', 'C(iii)'], 'high'],
    ['all of C and A', ['A', 'C(i)', 'C(ii)', 'C(iii)'], 'high'],
    ['two parts of C and D', ['C(i)', 'C(ii)', 'D'], 'high'],
    ['every criterion yes', GATING, 'high'],
  ])('impact: %s → %s', (_name, yes, impact) => {
    expect(derived([{ template: aiaia, answers: gating(...yes) }]).impact).toBe(impact);
  });

  it.each<[string, string[], string]>([
    ['every tier question no', [], 'low'],
    ['a chatbot', ['L1'], 'limited'],
    ['generated media', ['L2'], 'limited'],
    ['content mistaken for a real person', ['L3'], 'limited'],
    ['critical infrastructure', ['H1'], 'high'],
    ['outputs acted on without review', ['H6'], 'high'],
    ['a chatbot deciding eligibility', ['L1', 'H2'], 'high'],
    ['manipulation', ['U1'], 'unacceptable'],
    ['real-time remote biometric identification', ['U4'], 'unacceptable'],
    ['unacceptable beats high and limited', ['U2', 'H3', 'L1'], 'unacceptable'],
    ['every tier question yes', TIER, 'unacceptable'],
  ])('tier: %s → %s', (_name, yes, expected) => {
    expect(derived([{ template: genai, answers: tier(...yes) }]).tier).toBe(expected);
  });

  it.each<[string, Record<string, string>, string]>([
    ['every factor low', {}, 'out-of-the-loop'],
    ['one factor medium', { 'R.volume': 'medium' }, 'in-command'],
    ['duration medium', { 'R.duration': 'medium' }, 'in-command'],
    ['several medium', { 'R.use': 'medium', 'R.quality': 'medium', 'R.probability': 'medium' }, 'in-command'],
    ['severity high', { 'R.severity': 'high' }, 'in-the-loop'],
    ['poor data quality rated high', { 'R.quality': 'high' }, 'in-the-loop'],
    ['medium and high together', { 'R.volume': 'medium', 'R.sensitivity': 'high' }, 'in-the-loop'],
    ['every factor high', Object.fromEntries(FACTORS.map((id) => [id, 'high'])), 'in-the-loop'],
  ])('oversight: %s → %s', (_name, ratings, oversight) => {
    expect(derived([{ template: pcpd, answers: factors(ratings) }]).oversight).toBe(oversight);
  });

  it('maps the PCPD risk levels to oversight: high in-the-loop, medium in-command, low out-of-the-loop', () => {
    expect([oversightFor('high'), oversightFor('medium'), oversightFor('low')]).toEqual([
      'in-the-loop',
      'in-command',
      'out-of-the-loop',
    ]);
  });
});

describe('derivation reasons', () => {
  it('lists the answers that made the impact high, with question id and bilingual text', () => {
    const result = derived([{ template: aiaia, answers: gating('D', 'C(i)') }]);
    expect(result.reasons).toEqual([
      expect.objectContaining({
        result: 'impact',
        templateId: 'hk-aiaia',
        templateVersion: '1.4',
        questionId: 'D',
        answer: 'yes',
        text: expect.objectContaining({
          en: expect.stringMatching(/sensitive personal data/),
          zhHant: expect.any(String),
        }),
      }),
    ]);
  });

  it('names all three parts of C when C makes the impact high', () => {
    const result = derived([{ template: aiaia, answers: gating('C(i)', 'C(ii)', 'C(iii)') }]);
    expect(result.reasons.map((r) => r.questionId)).toEqual(['C(i)', 'C(ii)', 'C(iii)']);
    expect(result.reasons[0]?.because.en).toMatch(/All parts of criterion C are yes/);
  });

  it('explains a low impact with every criterion, and why a partly-yes C did not count', () => {
    const result = derived([{ template: aiaia, answers: gating('C(i)', 'C(iii)') }]);
    expect(result.reasons).toHaveLength(10);
    const partial = result.reasons.find((r) => r.questionId === 'C(iii)');
    expect(partial?.because.en).toMatch(/counts only when all its parts are yes/);
    expect(partial?.because.zhHant).toMatch(/各部分全部為「是」/);
  });

  it('gives the tier from the most severe yes answers only, and the oversight from the highest-rated factors', () => {
    const result = derived([
      { template: genai, answers: tier('H4', 'L1') },
      { template: pcpd, answers: factors({ 'R.volume': 'medium', 'R.severity': 'high', 'R.duration': 'high' }) },
    ]);
    expect(result).toMatchObject({ impact: null, tier: 'high', oversight: 'in-the-loop' });
    expect(result.reasons.filter((r) => r.result === 'tier').map((r) => r.questionId)).toEqual(['H4']);
    expect(result.reasons.filter((r) => r.result === 'oversight').map((r) => r.questionId)).toEqual([
      'R.severity',
      'R.duration',
    ]);
  });

  it('refuses a missing rule answer or a value the question does not take, naming template and question', () => {
    const { 'C(ii)': _missing, ...partial } = gating();
    const outcome = derive([
      { template: aiaia, answers: { ...partial, A: { value: 'na', justification: 'n/a' } } },
      { template: pcpd, answers: factors({ 'R.use': 'extreme' }) },
    ]);
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.issues.map((i) => [i.templateId, i.questionId, i.code])).toEqual([
      ['hk-aiaia', 'A', 'invalid_value'],
      ['hk-aiaia', 'C(ii)', 'unanswered'],
      ['pcpd-ai-privacy', 'R.use', 'invalid_value'],
    ]);
  });
});
