import { rebasedRecord, sameSet, withOwnSetChanges } from '../../../lib/changed-meanwhile.ts';
import type { Role, User } from '../api/people-api.ts';

/** What the edit-person dialog holds: the name and e-mail as typed, the roles ticked. */
export interface PersonDraft {
  displayName: string;
  email: string;
  roles: Role[];
}

/** The fields of a person two administrators can both change (roles are a set: they never clash). */
export type PersonField = 'displayName' | 'email';

/** A person as the dialog shows them (no e-mail: the field empty). */
export function personDraft(user: Pick<User, 'displayName' | 'email' | 'roles'>): PersonDraft {
  return { displayName: user.displayName, email: user.email ?? '', roles: user.roles };
}

/** An e-mail as typed: empty is none (a machine account). */
const emailValue = (text: string) => (text.trim() === '' ? null : text.trim());

/**
 * The body of `PATCH /api/v1/users/{id}`: the dialog's values with the person as it read them
 * (`base`), so that the server sets only what was changed here and refuses a field someone else has
 * changed since to another value.
 */
export function personChange(draft: PersonDraft, base: PersonDraft) {
  return {
    displayName: draft.displayName,
    email: emailValue(draft.email),
    roles: draft.roles,
    base: { displayName: base.displayName, email: emailValue(base.email), roles: base.roles },
  };
}

/**
 * The dialog moved onto the person as read now: the name and e-mail the officer changed from `base`
 * keep the officer's text, the others show the saved ones; the roles take the officer's own ticks and
 * unticks over the roles as saved. `clashes` are the fields both changed differently.
 */
export function rebasedPerson(
  base: PersonDraft,
  draft: PersonDraft,
  latest: PersonDraft,
): { draft: PersonDraft; clashes: PersonField[]; theirs: number } {
  const fields = (person: PersonDraft) => ({ displayName: person.displayName, email: person.email });
  const moved = rebasedRecord(fields(base), fields(draft), fields(latest));
  const rolesTheirs = !sameSet(latest.roles, base.roles) && !sameSet(latest.roles, draft.roles);
  return {
    draft: {
      displayName: moved.draft.displayName ?? '',
      email: moved.draft.email ?? '',
      roles: withOwnSetChanges(latest.roles, { base: base.roles, next: draft.roles }),
    },
    clashes: moved.clashes as PersonField[],
    theirs: moved.theirs + (rolesTheirs ? 1 : 0),
  };
}

/** The draft with one field as another administrator left it. */
export const personWithTheirs = (draft: PersonDraft, theirs: PersonDraft, field: PersonField): PersonDraft => ({
  ...draft,
  [field]: theirs[field],
});
