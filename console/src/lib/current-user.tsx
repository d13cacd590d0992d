import { createContext, type ReactNode, useContext } from 'react';
import type { ApiResponse } from './api-types.ts';

/** `GET /api/v1/me`: who is signed in, their department and what their roles allow. */
export type MeResponse = ApiResponse<'/api/v1/me', 'get'>;
export type Permission = MeResponse['permissions'][number];

export interface CurrentUser extends MeResponse {
  /** Whether the signed-in person's roles grant `permission`: pages hide what they may not do. */
  can: (permission: Permission) => boolean;
}

const CurrentUserContext = createContext<CurrentUser | null>(null);

export function CurrentUserProvider({ me, children }: { me: MeResponse; children: ReactNode }) {
  const value: CurrentUser = { ...me, can: (permission) => me.permissions.includes(permission) };
  return <CurrentUserContext.Provider value={value}>{children}</CurrentUserContext.Provider>;
}

/** The signed-in person. Only pages inside the signed-in shell call it. */
export function useCurrentUser(): CurrentUser {
  const user = useContext(CurrentUserContext);
  if (!user) throw new Error('useCurrentUser outside the signed-in shell');
  return user;
}
