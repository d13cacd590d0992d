import { canonicalJson } from './canonical-json.ts';
import { AppError } from './app-error.ts';
import type { FieldIssue } from './error-codes.ts';
import { issueMessage } from './issue-messages.ts';
import type { LocalizedText } from './localized-text.ts';

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

/**
 * The record an editor means (`next`: each field it has; one it lacks is removed) applied to the one
 * stored now, field by field: the fields it changed from `base` (what it read) take its value, or
 * go; every other field stays as stored, with whatever someone else saved meanwhile. `clashes` names
 * the fields both changed to different values: with any, nothing should be saved.
 *
 * @example withOwnFieldChanges({ base: { a: 1 }, next: { a: 2 }, stored: { a: 1, b: 3 } }) // { merged: { a: 2, b: 3 }, clashes: [] }
 */
export function withOwnFieldChanges<T>({
  base,
  next,
  stored,
}: {
  base: Values<T>;
  next: Values<T>;
  stored: Values<T>;
}): {
  merged: Record<string, T>;
  clashes: string[];
} {
  const fields = [...new Set([...Object.keys(base), ...Object.keys(next)])];
  const changed = fields.filter((field) => canonicalJson(base[field]) !== canonicalJson(next[field]));
  const merged: Record<string, T> = {};
  for (const [field, value] of Object.entries(stored)) if (value !== undefined) merged[field] = value;
  for (const field of changed) {
    const value = next[field];
    if (value === undefined) delete merged[field];
    else merged[field] = value;
  }
  return { merged, clashes: changedMeanwhile(changed, { base, stored, next }) };
}

/** The issue naming one such field at `path` (e.g. `body.greeting`), worded in the asker's language from the catalogue. */
export function changedMeanwhileIssue(path: string): FieldIssue {
  return { field: path, code: 'changed_meanwhile', message: issueMessage('changed_meanwhile', {}, 'en') };
}

/**
 * Of the fields a change gives, those the editor changed: the ones that differ from `base` (what it
 * read). A given field equal to its base is not the editor's change, and is left as stored. Refuses
 * (409, a `changed_meanwhile` issue per field at `body.<field>`, nothing saved) when someone else has
 * changed one of them since to another value. A field `base` leaves out is set as given, as without
 * a base: the editor did not ask to have it checked (the rule of every PATCH that takes a `base`).
 *
 * @param what the record, for the refusal, in both languages: "this provider" / 「此模型供應商」
 * @example ownChanges({ timeoutMs: 60000, status: 'active' }, { base, stored, what: { en: 'this provider', zhHant: '此模型供應商' } }) // { timeoutMs: 60000 } when status was as read
 */
export function ownChanges<T extends object>(
  change: T,
  { base, stored, what }: { base: Partial<T>; stored: Partial<T>; what: LocalizedText },
): Partial<T> {
  const given = (Object.keys(change) as (keyof T & string)[]).filter((field) => change[field] !== undefined);
  const checked = given.filter((field) => base[field] !== undefined);
  const changed = checked.filter((field) => canonicalJson(change[field]) !== canonicalJson(base[field]));
  const asValues = (values: Partial<T>) => values as Values<unknown>;
  const clashes = changedMeanwhile(changed, { base: asValues(base), stored: asValues(stored), next: asValues(change) });
  if (clashes.length > 0) {
    throw new AppError(
      'conflict',
      {
        en: `Someone else changed ${clashes.join(', ')} of ${what.en} after you read it: nothing was saved`,
        zhHant: `你讀取${what.zhHant}後，其他人已更改了 ${clashes.join('、')}：未有儲存任何內容`,
      },
      clashes.map((field) => changedMeanwhileIssue(`body.${field}`)),
    );
  }
  const own = given.filter((field) => !checked.includes(field) || changed.includes(field));
  return Object.fromEntries(own.map((field) => [field, change[field]])) as Partial<T>;
}
