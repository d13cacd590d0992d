/**
 * Of `fields`, those someone else changed after the page read them: `stored` (the record as read now)
 * is neither `base` (as read before) nor `next` (the officer's value). The server refuses to save such
 * a field over theirs (src/core/changed-meanwhile.ts, the same rule); the page marks it and offers theirs.
 */
export function changedMeanwhile<T>(
  fields: Iterable<string>,
  {
    base,
    stored,
    next,
  }: {
    base: Readonly<Record<string, T | undefined>>;
    stored: Readonly<Record<string, T | undefined>>;
    next: Readonly<Record<string, T | undefined>>;
  },
  same: (a: T | undefined, b: T | undefined) => boolean = (a, b) => JSON.stringify(a) === JSON.stringify(b),
): string[] {
  return [...fields].filter((field) => !same(stored[field], base[field]) && !same(stored[field], next[field]));
}

/**
 * A draft record moved onto the record as read now (`latest`), part by part: the parts the officer
 * changed from `base` keep the officer's value (or stay removed), every other part shows the saved
 * one; `clashes` are the parts both changed differently, `theirs` how many parts someone else changed.
 * The same rule the server applies to a save (src/core/changed-meanwhile.ts, `withOwnFieldChanges`).
 */
export function rebasedRecord<T>(
  base: Readonly<Record<string, T | undefined>>,
  draft: Readonly<Record<string, T | undefined>>,
  latest: Readonly<Record<string, T | undefined>>,
  same: (a: T | undefined, b: T | undefined) => boolean = (a, b) => JSON.stringify(a) === JSON.stringify(b),
): { draft: Record<string, T | undefined>; clashes: string[]; theirs: number } {
  const parts = [...new Set([...Object.keys(base), ...Object.keys(draft), ...Object.keys(latest)])];
  const mine = parts.filter((part) => !same(base[part], draft[part]));
  const theirs = changedMeanwhile(parts, { base, stored: latest, next: draft }, same);
  const next: Record<string, T | undefined> = { ...latest };
  for (const part of mine) {
    if (draft[part] === undefined) delete next[part];
    else next[part] = draft[part];
  }
  return { draft: next, clashes: theirs.filter((part) => mine.includes(part)), theirs: theirs.length };
}

/**
 * A set as the officer means it, applied to the set as read now (`now`): what the officer added to
 * `base` is added, what they removed is removed, and what someone else added or removed meanwhile
 * stays as they left it. Sets never clash. The same rule the server applies (src/core/own-set-changes.ts).
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

/** Whether two sets hold the same items, in any order. */
export function sameSet<T>(a: readonly T[], b: readonly T[], key: (item: T) => string = String): boolean {
  const keys = new Set(a.map(key));
  return keys.size === new Set(b.map(key)).size && b.every((item) => keys.has(key(item)));
}
