/** One choice of the action or entity-type select: a code and how many entries the trail holds with it. */
export interface FacetChoice {
  code: string;
  /** Null while the counts are not here yet (the code is known only from the address). */
  count: number | null;
}

/**
 * The choices of one select, by code: every code the trail holds, and the one the search already has
 * when the trail does not hold it (an old link, a code typed into the address, an action since
 * renamed) with a count of 0, so the search shows what it applies instead of silently dropping it.
 * `counts` is undefined until the server answers: then only the current code is offered.
 *
 * @example facetChoices([{ code: 'user.create', count: 3 }], 'user.crate')
 * // → [{ code: 'user.crate', count: 0 }, { code: 'user.create', count: 3 }]
 */
export function facetChoices(counts: readonly FacetChoice[] | undefined, current: string): FacetChoice[] {
  const choices = [...(counts ?? [])];
  if (current && !choices.some((choice) => choice.code === current)) {
    choices.push({ code: current, count: counts ? 0 : null });
    choices.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  }
  return choices;
}

/**
 * A select's key for a code. Codes are kept apart from the "any" choice's key, so no code (not even
 * one spelt `*` in an address) can be mistaken for "any".
 */
export const choiceKey = (code: string) => `code:${code}`;

/** The code a select's key stands for; '' for "any". */
export const codeOfKey = (key: string) => (key.startsWith('code:') ? key.slice('code:'.length) : '');

/** The key of the "any" choice. */
export const ANY_KEY = 'any';
