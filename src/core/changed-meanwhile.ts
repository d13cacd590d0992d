import { canonicalJson } from './canonical-json.ts';
import type { FieldIssue } from './error-codes.ts';
import { issueMessage } from './issue-messages.ts';

type Values<T> = Readonly<Record<string, T | undefined>>;

/**
 * Of the `fields` a change sets, those someone else changed after the editor read them: the stored
 * value is no longer `base` (what the editor was shown) nor the change's own `next`. Saving those
 * would undo another person's change without a word; the rest of the change is safe to save.
 *
 * @example changedMeanwhile(['greeting'], { base, stored, next }) // ['greeting'] when another saved a different greeting
 */
export function changedMeanwhile<T>(
  fields: Iterable<string>,
  { base, stored, next }: { base: Values<T>; stored: Values<T>; next: Values<T> },
  same: (a: T | undefined, b: T | undefined) => boolean = (a, b) => canonicalJson(a) === canonicalJson(b),
): string[] {
  return [...fields].filter((field) => !same(stored[field], base[field]) && !same(stored[field], next[field]));
}

/** The issue naming one such field at `path` (e.g. `body.greeting`), worded in the asker's language from the catalogue. */
export function changedMeanwhileIssue(path: string): FieldIssue {
  return { field: path, code: 'changed_meanwhile', message: issueMessage('changed_meanwhile', {}, 'en') };
}
