import { describe, expect, it } from 'vitest';
import { capacitiesOf, decideCapacity, missingCapacities, requiredCapacities } from './endorsement-rules.ts';
import { nextReviewDue } from './review-schedule.ts';

const owner = 'owner-1';
const reviewer = { id: 'rev-1', roles: ['assurance_reviewer'] as const };
const board = { id: 'cio-1', roles: ['it_board'] as const };

describe('who must endorse', () => {
  it.each([
    [{ impact: 'low', tier: 'low' }, ['project_owner', 'assurance_reviewer']],
    [{ impact: 'low', tier: 'limited' }, ['project_owner', 'assurance_reviewer']],
    [{ impact: 'high', tier: 'low' }, ['project_owner', 'assurance_reviewer', 'it_board']],
    [{ impact: 'low', tier: 'high' }, ['project_owner', 'assurance_reviewer', 'it_board']],
    [{ impact: 'low', tier: 'unacceptable' }, ['project_owner', 'assurance_reviewer', 'it_board']],
  ] as const)('%o needs %o', (outcome, expected) => {
    expect(requiredCapacities(outcome)).toEqual(expected);
  });

  it('capacities come from ownership and roles', () => {
    expect(capacitiesOf({ id: owner, roles: ['editor'] }, owner)).toEqual(['project_owner']);
    expect(capacitiesOf({ id: owner, roles: ['assurance_reviewer', 'it_board'] }, owner)).toEqual([
      'project_owner',
      'assurance_reviewer',
      'it_board',
    ]);
    expect(capacitiesOf({ id: 'x', roles: ['platform_admin'] }, owner)).toEqual([]);
  });
});

describe('decideCapacity', () => {
  const base = { ownerId: owner, preparers: ['prep-1'], required: ['project_owner', 'assurance_reviewer'] as const };

  it('takes the one open capacity the caller holds', () => {
    expect(decideCapacity({ ...base, endorser: reviewer, given: [], asked: undefined })).toEqual({
      ok: true,
      capacity: 'assurance_reviewer',
    });
  });

  it('refuses a preparer in every capacity, before anything else', () => {
    const preparer = { id: 'prep-1', roles: ['assurance_reviewer', 'it_board'] as const };
    for (const asked of [undefined, 'assurance_reviewer', 'project_owner'] as const) {
      expect(decideCapacity({ ...base, ownerId: 'prep-1', endorser: preparer, given: [], asked })).toEqual({
        ok: false,
        refusal: { code: 'own_work' },
      });
    }
  });

  it('refuses a second capacity from the same person, a capacity already given, and one not needed', () => {
    const both = { id: owner, roles: ['assurance_reviewer'] as const };
    const given = [{ userId: owner, capacity: 'project_owner' as const }];
    expect(decideCapacity({ ...base, endorser: both, given, asked: 'assurance_reviewer' })).toMatchObject({
      refusal: { code: 'second_capacity', given: 'project_owner' },
    });
    expect(
      decideCapacity({
        ...base,
        endorser: reviewer,
        given: [{ userId: 'r2', capacity: 'assurance_reviewer' }],
        asked: undefined,
      }),
    ).toMatchObject({ refusal: { code: 'capacity_given', capacity: 'assurance_reviewer' } });
    expect(decideCapacity({ ...base, endorser: board, given: [], asked: undefined })).toMatchObject({
      refusal: { code: 'capacity_not_required', capacity: 'it_board' },
    });
    expect(decideCapacity({ ...base, endorser: both, given: [], asked: undefined })).toMatchObject({
      refusal: { code: 'ambiguous_capacity' },
    });
    expect(missingCapacities(base.required, ['project_owner'])).toEqual(['assurance_reviewer']);
  });
});

describe('nextReviewDue', () => {
  it('is 6 months after completion for high risk and 12 for low, clamping to the month end', () => {
    const at = new Date('2026-08-31T09:00:00Z');
    expect(nextReviewDue(at, { impact: 'high', tier: 'low' }).toISOString()).toBe('2027-02-28T09:00:00.000Z');
    expect(nextReviewDue(at, { impact: 'low', tier: 'high' }).toISOString()).toBe('2027-02-28T09:00:00.000Z');
    expect(nextReviewDue(at, { impact: 'low', tier: 'limited' }).toISOString()).toBe('2027-08-31T09:00:00.000Z');
  });
});
