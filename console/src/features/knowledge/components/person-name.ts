import { useMessages } from '../../../i18n/index.ts';
import { useCurrentUser } from '../../../lib/current-user.tsx';
import { knowledgeMessages } from '../messages.ts';

/**
 * Names the person behind a user id: the signed-in officer by name; others by the name the server
 * sent with the record (`people`: only administrators may list users); the server's command line in
 * words; anyone else (a user since deleted) by a short id.
 */
export function usePersonName(people: Readonly<Record<string, string>> = {}): (userId: string | null) => string {
  const me = useCurrentUser();
  const t = useMessages(knowledgeMessages);
  return (userId) => {
    if (userId === null) return '—';
    if (userId === me.user.id) return me.user.displayName;
    if (userId === 'cli') return t('commandLine');
    return people[userId] ?? userId.slice(0, 8);
  };
}
