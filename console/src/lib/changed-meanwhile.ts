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
