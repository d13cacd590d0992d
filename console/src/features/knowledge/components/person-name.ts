import { useCurrentUser } from '../../../lib/current-user.tsx';

/**
 * Names the person behind a user id: the signed-in officer by name; others by a short id, because
 * only administrators may list users (`user:read`) and the knowledge routes return ids.
 */
export function usePersonName(): (userId: string | null) => string {
  const me = useCurrentUser();
  return (userId) => (userId === null ? '—' : userId === me.user.id ? me.user.displayName : userId.slice(0, 8));
}
