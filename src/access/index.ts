export { authenticate, type AuthResult } from './authenticate.ts';
export {
  listApiKeys,
  createApiKey,
  revokeApiKey,
  findApiKeyId,
  type ApiKeyInfo,
  type NewApiKey,
} from './api-keys.ts';
export {
  listDepartments,
  getDepartment,
  createDepartment,
  updateDepartment,
  lockDepartment,
  type Department,
  type NewDepartment,
  type DepartmentPatch,
} from './departments.ts';
export {
  CLI_PRINCIPAL,
  auditContext,
  canSeeDepartment,
  isPlatformAdmin,
  type Principal,
  type ServiceContext,
} from './principal.ts';
export { seedDemo, DEMO_DEPARTMENT_CODE, type SeedResult } from './seed-demo.ts';
export { listUsers, getUser, createUser, updateUser, type User, type NewUser, type UserPatch } from './users.ts';
export {
  openSession,
  resolveSession,
  endSession,
  hashSessionToken,
  type Session,
  type SessionPolicy,
  type SessionResult,
  type SignInMethod,
} from './sessions.ts';
export {
  OidcSignIn,
  sealPendingSignIn,
  openPendingSignIn,
  pendingSignInKey,
  PENDING_SIGN_IN_MS,
  type OidcSettings,
  type OidcIdentity,
  type PendingSignIn,
} from './oidc-sign-in.ts';
export {
  findOidcUser,
  linkOidcIdentity,
  auditRefusedOidcSignIn,
  type OidcRefusal,
  type OidcUserResult,
} from './oidc-user.ts';
export { isMachineAccount } from './machine-accounts.ts';
export { displayNames } from './display-names.ts';
