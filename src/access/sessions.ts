import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { appendAudit } from '../audit/index.ts';
import { AppError } from '../core/index.ts';
import { type Db, departments, type Executor, sessions, type Tx, users } from '../store/index.ts';
import { isMachineAccount } from './machine-accounts.ts';
import type { Principal } from './principal.ts';

/** A console session as stored (its token only as a hash). */
export type Session = typeof sessions.$inferSelect;

/** How a person signed in. */
export type SignInMethod = Session['method'];

/** How long sessions last: `sessionIdleMinutes` and `sessionMaxHours` of the configuration. */
export interface SessionPolicy {
  idleMs: number;
  maxMs: number;
}

export type SessionResult =
  | { ok: true; principal: Principal; session: Session }
  | { ok: false; reason: 'unknown' | 'expired' | 'disabled' };

/** Writing `lastSeenAt` on every request would cost a write per call; a second's slack costs nothing. */
const TOUCH_AFTER_MS = 1_000;

/** The value stored for a session token: SHA-256, like API keys (256 random bits, nothing to brute-force). */
export function hashSessionToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/**
 * Opens a console session for `principal` (already authenticated by key or by the identity
 * provider) and records `session.create`. Machine accounts have no person to sign in: 403.
 * Returns the token for the cookie; only its hash is stored.
 *
 * @example const { token, session } = await openSession(db, { principal, requestId }, 'api_key', policy);
 */
export async function openSession(
  db: Db,
  ctx: { principal: Principal; requestId: string | null },
  method: SignInMethod,
  policy: SessionPolicy,
  detail: Record<string, unknown> = {},
  /** Written in the same transaction (an OIDC subject linked on first sign-in). */
  alongside?: (tx: Tx) => Promise<void>,
): Promise<{ token: string; session: Session }> {
  if (isMachineAccount(ctx.principal)) {
    throw new AppError('forbidden', {
      en: 'A machine (service) account cannot sign in to the console; use its API key',
      zhHant: '機器（服務）帳戶不可登入管理介面，請使用其 API 金鑰',
    });
  }
  const token = randomBytes(32).toString('base64url');
  const now = new Date();
  return db.transaction(async (tx) => {
    const [session] = await tx
      .insert(sessions)
      .values({
        id: randomUUID(),
        tokenHash: hashSessionToken(token),
        userId: ctx.principal.id,
        csrfToken: randomBytes(32).toString('base64url'),
        method,
        createdAt: now,
        lastSeenAt: now,
        expiresAt: new Date(now.getTime() + policy.maxMs),
      })
      .returning();
    if (!session) throw new Error('insert returned no row');
    await alongside?.(tx);
    await appendAudit(
      tx,
      { actor: ctx.principal, requestId: ctx.requestId },
      {
        action: 'session.create',
        entityType: 'session',
        entityId: session.id,
        departmentId: ctx.principal.departmentId,
        after: { method, userId: session.userId, expiresAt: session.expiresAt, ...detail },
      },
    );
    return { token, session };
  });
}

/**
 * The principal of a session token. Nothing is cached: disabling the user or department, or
 * changing roles, holds from the next request. An idle or expired session is deleted and reported
 * `expired`; a live one has its idle timer restarted, unless the request is not the person's doing
 * (`activity: false`: a page refreshing itself), so that an unattended console still signs out.
 */
export async function resolveSession(
  db: Executor,
  token: string,
  policy: SessionPolicy,
  { activity = true }: { activity?: boolean } = {},
): Promise<SessionResult> {
  if (token.length < 16 || token.length > 128) return { ok: false, reason: 'unknown' };
  const [row] = await db
    .select({
      session: sessions,
      roles: users.roles,
      userStatus: users.status,
      departmentId: users.departmentId,
      departmentStatus: departments.status,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .innerJoin(departments, eq(departments.id, users.departmentId))
    .where(eq(sessions.tokenHash, hashSessionToken(token)));
  if (!row) return { ok: false, reason: 'unknown' };
  const now = Date.now();
  const { session } = row;
  if (session.expiresAt.getTime() <= now || now - session.lastSeenAt.getTime() > policy.idleMs) {
    await db.delete(sessions).where(eq(sessions.id, session.id));
    return { ok: false, reason: 'expired' };
  }
  if (row.userStatus !== 'active' || row.departmentStatus !== 'active' || isMachineAccount(row)) {
    return { ok: false, reason: 'disabled' };
  }
  if (activity && now - session.lastSeenAt.getTime() > TOUCH_AFTER_MS) {
    session.lastSeenAt = new Date(now);
    await db.update(sessions).set({ lastSeenAt: session.lastSeenAt }).where(eq(sessions.id, session.id));
  }
  return {
    ok: true,
    principal: { id: session.userId, roles: row.roles, departmentId: row.departmentId, keyId: null },
    session,
  };
}

/** Ends a session (sign-out) and records `session.end`. */
export async function endSession(
  db: Db,
  ctx: { principal: Principal; requestId: string | null },
  session: Session,
): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.delete(sessions).where(eq(sessions.id, session.id));
    await appendAudit(
      tx,
      { actor: ctx.principal, requestId: ctx.requestId },
      {
        action: 'session.end',
        entityType: 'session',
        entityId: session.id,
        departmentId: ctx.principal.departmentId,
        before: { method: session.method, userId: session.userId, createdAt: session.createdAt },
      },
    );
  });
}
