import type { Role } from '../../core/index.ts';

/**
 * Who signs an assessment stage off (Ethical AI Framework, AI Application Impact Assessment): the
 * project owner endorses, the project assurance team reviews every stage, and the IT board / CIO
 * reviews high-impact (or high GenAI tier) applications.
 */
export const ENDORSER_CAPACITIES = ['project_owner', 'assurance_reviewer', 'it_board'] as const;
export type EndorserCapacity = (typeof ENDORSER_CAPACITIES)[number];

/** The part of a derivation the endorsement rule reads. */
export interface RiskOutcome {
  impact: 'low' | 'high';
  tier: 'unacceptable' | 'high' | 'limited' | 'low';
}

/**
 * The capacities whose endorsement completes a stage: project owner and assurance reviewer always;
 * the IT board / CIO as well when the impact is high or the tier is high (or unacceptable, which
 * can never go live but is still reviewed by the board).
 *
 * @example requiredCapacities({ impact: 'low', tier: 'limited' }) // ['project_owner', 'assurance_reviewer']
 */
export function requiredCapacities(outcome: RiskOutcome): EndorserCapacity[] {
  const board = outcome.impact === 'high' || outcome.tier === 'high' || outcome.tier === 'unacceptable';
  return board ? ['project_owner', 'assurance_reviewer', 'it_board'] : ['project_owner', 'assurance_reviewer'];
}

/** A caller as the rule sees them: who they are and which roles they hold. */
export interface Endorser {
  id: string;
  roles: readonly Role[];
}

/** The capacities `endorser` may act in for an application owned by `ownerId`. */
export function capacitiesOf(endorser: Endorser, ownerId: string): EndorserCapacity[] {
  const held: EndorserCapacity[] = [];
  if (endorser.id === ownerId) held.push('project_owner');
  if (endorser.roles.includes('assurance_reviewer')) held.push('assurance_reviewer');
  if (endorser.roles.includes('it_board')) held.push('it_board');
  return held;
}

/** An endorsement or return already given in the current review round. */
export interface GivenDecision {
  userId: string;
  capacity: EndorserCapacity;
}

/** Why a decision is refused, as a code the message catalogue words in English and Chinese. */
export type DecisionRefusal =
  | { code: 'own_work' }
  | { code: 'no_capacity'; capacity: EndorserCapacity | null }
  | { code: 'ambiguous_capacity'; held: EndorserCapacity[] }
  | { code: 'second_capacity'; given: EndorserCapacity }
  | { code: 'capacity_given'; capacity: EndorserCapacity }
  | { code: 'capacity_not_required'; capacity: EndorserCapacity };

/**
 * Decides in which capacity `endorser` endorses (or returns) an assessment, or why they may not:
 * nobody acts on an assessment they prepared or submitted, in any capacity; one person gives one
 * capacity per assessment round; each required capacity is given once. `asked` is the capacity the
 * caller named, if any; without it the one capacity they hold that is still open is taken.
 */
export function decideCapacity(input: {
  endorser: Endorser;
  ownerId: string;
  preparers: readonly string[];
  required: readonly EndorserCapacity[];
  given: readonly GivenDecision[];
  asked: EndorserCapacity | undefined;
}): { ok: true; capacity: EndorserCapacity } | { ok: false; refusal: DecisionRefusal } {
  const { endorser, required, given, asked } = input;
  if (input.preparers.includes(endorser.id)) return { ok: false, refusal: { code: 'own_work' } };
  const mine = given.find((decision) => decision.userId === endorser.id);
  if (mine) return { ok: false, refusal: { code: 'second_capacity', given: mine.capacity } };
  const held = capacitiesOf(endorser, input.ownerId);
  if (asked !== undefined) {
    if (!held.includes(asked)) return { ok: false, refusal: { code: 'no_capacity', capacity: asked } };
    if (!required.includes(asked)) return { ok: false, refusal: { code: 'capacity_not_required', capacity: asked } };
    if (given.some((decision) => decision.capacity === asked)) {
      return { ok: false, refusal: { code: 'capacity_given', capacity: asked } };
    }
    return { ok: true, capacity: asked };
  }
  const open = held.filter(
    (capacity) => required.includes(capacity) && !given.some((decision) => decision.capacity === capacity),
  );
  const [only] = open;
  if (only !== undefined && open.length === 1) return { ok: true, capacity: only };
  if (open.length > 1) return { ok: false, refusal: { code: 'ambiguous_capacity', held: open } };
  const [heldFirst] = held;
  if (heldFirst === undefined) return { ok: false, refusal: { code: 'no_capacity', capacity: null } };
  const [relevant] = held.filter((capacity) => required.includes(capacity));
  // Every capacity the caller holds is either already given this round or not needed at all.
  return relevant === undefined
    ? { ok: false, refusal: { code: 'capacity_not_required', capacity: heldFirst } }
    : { ok: false, refusal: { code: 'capacity_given', capacity: relevant } };
}

/** The capacities still missing for the stage to be complete. */
export function missingCapacities(
  required: readonly EndorserCapacity[],
  endorsed: readonly EndorserCapacity[],
): EndorserCapacity[] {
  return required.filter((capacity) => !endorsed.includes(capacity));
}
