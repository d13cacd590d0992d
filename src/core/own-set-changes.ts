/**
 * A set as an editor means it, applied to the set as it is now: what it added to `base` (the set as
 * it read it) is added, what it removed is removed, and what someone else added or removed meanwhile
 * stays as they left it. Sets never clash: two editors' changes both hold.
 *
 * @example withOwnSetChanges(['a', 'c'], { base: ['a'], next: ['a', 'b'] }) // ['a', 'c', 'b']: c was another's
 */
export function withOwnSetChanges<T>(
  now: readonly T[],
  { base, next }: { base: readonly T[]; next: readonly T[] },
  key: (item: T) => string = String,
): T[] {
  const inBase = new Set(base.map(key));
  const inNext = new Set(next.map(key));
  const removed = new Set(base.map(key).filter((item) => !inNext.has(item)));
  const kept = now.filter((item) => !removed.has(key(item)));
  const held = new Set(kept.map(key));
  const added = next.filter((item) => !inBase.has(key(item)) && !held.has(key(item)));
  return [...kept, ...new Map(added.map((item) => [key(item), item])).values()];
}
