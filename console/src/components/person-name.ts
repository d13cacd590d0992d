import { commonMessages, useMessages } from '../i18n/index.ts';
import { useCurrentUser } from '../lib/current-user.tsx';

/**
 * Names the person behind a user id a record carries (an editor, an approver, an uploader): the
 * signed-in officer by name; others by the name the server sent with the record (`people`: only
 * administrators may list users); the server's command line in words; anyone else (a user since
 * deleted) by a short id.
 */
export function usePersonName(people: Readonly<Record<string, string>> = {}): (userId: string | null) => string {
  const me = useCurrentUser();
  const common = useMessages(commonMessages);
  return (userId) => {
    if (userId === null) return '—';
    if (userId === me.user.id) return me.user.displayName;
    if (userId === 'cli') return common('commandLine');
    return people[userId] ?? userId.slice(0, 8);
  };
}
