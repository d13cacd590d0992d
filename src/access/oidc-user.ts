import { and, eq, sql } from 'drizzle-orm';
import { appendAudit, SYSTEM_ACTOR } from '../audit/index.ts';
import { type Db, departments, type Executor, oidcIdentities, users } from '../store/index.ts';
import type { OidcIdentity } from './oidc-sign-in.ts';
import type { Principal } from './principal.ts';
import type { User } from './users.ts';

/** Why a person the provider vouched for may not sign in; also the `error` of /console/sign-in. */
export type OidcRefusal = 'not_registered' | 'disabled' | 'oidc_failed';

export type OidcUserResult =
  | { ok: true; principal: Principal; user: User; linked: boolean }
  | { ok: false; reason: OidcRefusal; user: User | null };

/**
 * The LionRock user an identity is: first by the stored issuer and subject, else by verified
 * e-mail (case-insensitive). An e-mail match is to be remembered ({@link linkOidcIdentity}) so
 * the subject finds the user from then on. Unknown people and disabled users or departments are
 * refused; nobody is created here (an admin registers officers first).
 */
export async function findOidcUser(db: Executor, identity: OidcIdentity): Promise<OidcUserResult> {
  const [linked] = await db
    .select({ user: users })
    .from(oidcIdentities)
    .innerJoin(users, eq(users.id, oidcIdentities.userId))
    .where(and(eq(oidcIdentities.issuer, identity.issuer), eq(oidcIdentities.subject, identity.subject)));
  let user = linked?.user;
  if (!user && identity.email && identity.emailVerified) {
    const matches = await db.select().from(users).where(sql`lower(${users.email}) = ${identity.email.toLowerCase()}`);
    // Two users whose addresses differ only in case: refuse rather than guess which one.
    if (matches.length === 1) user = matches[0];
  }
  if (!user) return { ok: false, reason: 'not_registered', user: null };
  const [department] = await db
    .select({ status: departments.status })
    .from(departments)
    .where(eq(departments.id, user.departmentId));
  if (user.status !== 'active' || department?.status !== 'active') return { ok: false, reason: 'disabled', user };
  return {
    ok: true,
    user,
    linked: linked !== undefined,
    principal: { id: user.id, roles: user.roles, departmentId: user.departmentId, keyId: null },
  };
}

/** Remembers that `identity` is `userId` (after an e-mail match). */
export async function linkOidcIdentity(db: Executor, identity: OidcIdentity, userId: string): Promise<void> {
  await db
    .insert(oidcIdentities)
    .values({ issuer: identity.issuer, subject: identity.subject, userId })
    .onConflictDoNothing();
}

/** Records a refused sign-in at the identity provider (`session.refuse`), by the platform itself. */
export async function auditRefusedOidcSignIn(
  db: Db,
  requestId: string | null,
  reason: OidcRefusal,
  identity: OidcIdentity | null,
  user: User | null,
): Promise<void> {
  await db.transaction(async (tx) => {
    await appendAudit(
      tx,
      { actor: SYSTEM_ACTOR, requestId },
      {
        action: 'session.refuse',
        entityType: 'session',
        entityId: null,
        departmentId: user?.departmentId ?? null,
        after: {
          method: 'oidc',
          reason,
          userId: user?.id ?? null,
          issuer: identity?.issuer ?? null,
          subject: identity?.subject ?? null,
          email: identity?.email ?? null,
        },
      },
    );
  });
}
