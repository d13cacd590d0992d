import { createContext, type ReactNode, useContext, useMemo } from 'react';
import type { ApiResponse } from './api-types.ts';

/** `GET /api/v1/session`: who is signed in, their department and what their roles allow. */
type SessionResponse = ApiResponse<'/api/v1/session', 'get'>;
export type SignedIn = Pick<SessionResponse, 'user' | 'department' | 'permissions'>;
export type Permission = SignedIn['permissions'][number];

export interface CurrentUser extends SignedIn {
  /** Whether the signed-in person's roles grant `permission`: pages hide what they may not do. */
  can: (permission: Permission) => boolean;
}

const CurrentUserContext = createContext<CurrentUser | null>(null);

export function CurrentUserProvider({ me, children }: { me: SignedIn; children: ReactNode }) {
  // The same object while the session is: pages that read it are not drawn again on every navigation.
  const value = useMemo<CurrentUser>(
    () => ({
      user: me.user,
      department: me.department,
      permissions: me.permissions,
      can: (permission) => me.permissions.includes(permission),
    }),
    [me],
  );
  return <CurrentUserContext.Provider value={value}>{children}</CurrentUserContext.Provider>;
}

/** The signed-in person. Only pages inside the signed-in shell call it. */
export function useCurrentUser(): CurrentUser {
  const user = useContext(CurrentUserContext);
  if (!user) throw new Error('useCurrentUser outside the signed-in shell');
  return user;
}
