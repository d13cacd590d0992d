import { describe, expect, it } from 'vitest';
import { personChange, personDraft, personWithTheirs, rebasedPerson } from './person-draft.ts';

const read = personDraft({ displayName: 'Chan Tai Man', email: 'tm.chan@example.gov.hk', roles: ['editor'] });

describe('the edit-person dialog', () => {
  it('sends its values with the person as it read them, an empty e-mail as none', () => {
    expect(personChange({ ...read, email: ' ' }, read)).toEqual({
      displayName: 'Chan Tai Man',
      email: null,
      roles: ['editor'],
      base: { displayName: 'Chan Tai Man', email: 'tm.chan@example.gov.hk', roles: ['editor'] },
    });
  });

  it('moves onto the person as saved now: theirs join, the officer’s stay, roles merge as sets', () => {
    const draft = { ...read, displayName: 'Chan Tai-man', roles: [...read.roles, 'auditor' as const] };
    const latest = { ...read, email: 'chan.tm@example.gov.hk', roles: ['editor' as const, 'reviewer' as const] };
    const moved = rebasedPerson(read, draft, latest);
    expect(moved.draft).toEqual({
      displayName: 'Chan Tai-man',
      email: 'chan.tm@example.gov.hk',
      roles: ['editor', 'reviewer', 'auditor'],
    });
    expect(moved.clashes).toEqual([]);
    expect(moved.theirs).toBe(2);
  });

  it('names a field both changed differently, and takes theirs for it when told', () => {
    const draft = { ...read, email: 'mine@example.gov.hk', displayName: 'Chan Tai-man' };
    const latest = { ...read, email: 'theirs@example.gov.hk' };
    const moved = rebasedPerson(read, draft, latest);
    expect(moved.clashes).toEqual(['email']);
    expect(moved.draft.email).toBe('mine@example.gov.hk');
    expect(personWithTheirs(moved.draft, latest, 'email')).toEqual({ ...draft, email: 'theirs@example.gov.hk' });
  });
});
