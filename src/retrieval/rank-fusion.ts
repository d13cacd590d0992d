/**
 * Reciprocal rank fusion (Cormack et al., SIGIR 2009): each list gives an id 1 / (k + rank); ids
 * are ordered by the sum (their `score`). k = 60 is the paper's constant and damps the head of each list.
 *
 * @example fuseByReciprocalRank([['a', 'b'], ['b', 'c']]).map((hit) => hit.id) // ['b', 'a', 'c']
 */
export function fuseByReciprocalRank(lists: readonly (readonly string[])[], k = 60): { id: string; score: number }[] {
  const scores = new Map<string, number>();
  for (const list of lists) {
    list.forEach((id, i) => {
      scores.set(id, (scores.get(id) ?? 0) + 1 / (k + i + 1));
    });
  }
  return [...scores.entries()].sort((a, b) => b[1] - a[1]).map(([id, score]) => ({ id, score }));
}
