import { randomUUID } from 'node:crypto';
import { and, desc, eq, or } from 'drizzle-orm';
import {
  auditContext,
  canSeeDepartment,
  isPlatformAdmin,
  type Principal,
  type ServiceContext,
} from '../../access/index.ts';
import { appendAudit } from '../../audit/index.ts';
import {
  type ConsentOwnerKind,
  consentRequests,
  type Db,
  dataConsents,
  departments,
  type Executor,
} from '../../store/index.ts';
import {
  alreadyRevoked,
  CONSENT,
  type ConsentRefusalReason,
  DEPARTMENT,
  noLiveConsent,
  notFoundIn,
  notProvider,
  REQUEST,
  requestDecided,
  sameDepartment,
} from './data-refusals.ts';

export type Consent = typeof dataConsents.$inferSelect;
export type ConsentRequest = typeof consentRequests.$inferSelect;

/** What a consent covers: the provider gives the consumer this scope of data for this purpose. */
export interface ConsentTerms {
  scope: string;
  purpose: string;
  channel: string;
  expiresAt?: Date | null | undefined;
}

export interface NewConsent extends ConsentTerms {
  ownerKind: ConsentOwnerKind;
  ownerRef: string;
  consumerDepartmentId: string;
  /** The providing department; the caller's own unless a platform admin names another. */
  providerDepartmentId?: string | undefined;
}

/** One use of consented data, as `assertConsent` checks it. */
export interface ConsentUse {
  /** The providing department's id. */
  provider: string;
  /** The consuming department's id. */
  consumer: string;
  scope: string;
  purpose: string;
  /** When the data is used; now when left out. */
  at?: Date | undefined;
}

/** Who checks a use when no person does (a job, the gateway). */
export const CONSENT_CHECKER: Principal = { id: 'consent-check', roles: [], departmentId: null, keyId: null };

async function departmentExists(db: Executor, id: string, field: string) {
  const [row] = await db.select({ id: departments.id }).from(departments).where(eq(departments.id, id));
  if (!row) throw notFoundIn(field, DEPARTMENT);
}

/** The consent if the caller's department is its provider or consumer (or the caller a platform admin). */
async function visibleConsent(db: Executor, principal: Principal, id: string): Promise<Consent> {
  const [row] = await db.select().from(dataConsents).where(eq(dataConsents.id, id));
  if (
    !row ||
    !(canSeeDepartment(principal, row.providerDepartmentId) || canSeeDepartment(principal, row.consumerDepartmentId))
  )
    throw notFoundIn('params.id', CONSENT);
  return row;
}

const auditedConsent = (row: Consent) => ({
  ownerKind: row.ownerKind,
  providerDepartmentId: row.providerDepartmentId,
  consumerDepartmentId: row.consumerDepartmentId,
  scope: row.scope,
  purpose: row.purpose,
  channel: row.channel,
  grantedAt: row.grantedAt.toISOString(),
  expiresAt: row.expiresAt?.toISOString() ?? null,
  revokedAt: row.revokedAt?.toISOString() ?? null,
});

/**
 * Records a consent the providing department gives (the data subject's, given through the
 * provider's channel, or the department's own as data owner). Audited as `consent.grant`.
 */
export async function grantConsent(db: Db, ctx: ServiceContext, input: NewConsent, requestId: string | null = null) {
  const provider = input.providerDepartmentId ?? ctx.principal.departmentId;
  if (!provider || !canSeeDepartment(ctx.principal, provider)) throw notProvider('body.providerDepartmentId');
  if (provider === input.consumerDepartmentId) throw sameDepartment('body.consumerDepartmentId');
  return db.transaction(async (tx) => {
    await departmentExists(tx, input.consumerDepartmentId, 'body.consumerDepartmentId');
    const [row] = await tx
      .insert(dataConsents)
      .values({
        id: randomUUID(),
        ownerKind: input.ownerKind,
        ownerRef: input.ownerRef,
        providerDepartmentId: provider,
        consumerDepartmentId: input.consumerDepartmentId,
        scope: input.scope,
        purpose: input.purpose,
        channel: input.channel,
        grantedAt: new Date(),
        expiresAt: input.expiresAt ?? null,
        requestId,
        grantedBy: ctx.principal.id,
      })
      .returning();
    if (!row) throw new Error('insert returned no row');
    await appendAudit(tx, auditContext(ctx), {
      action: 'consent.grant',
      entityType: 'consent',
      entityId: row.id,
      departmentId: provider,
      after: auditedConsent(row),
    });
    return row;
  });
}

/**
 * Revokes a consent at once: from this moment every use is refused. Only the providing department
 * (on its own or the data subject's behalf) revokes. Audited as `consent.revoke`.
 */
export async function revokeConsent(db: Db, ctx: ServiceContext, id: string, reason: string): Promise<Consent> {
  return db.transaction(async (tx) => {
    const before = await visibleConsent(tx, ctx.principal, id);
    if (!canSeeDepartment(ctx.principal, before.providerDepartmentId)) throw notProvider('params.id');
    if (before.revokedAt) throw alreadyRevoked(id);
    const [row] = await tx
      .update(dataConsents)
      .set({ revokedAt: new Date(), revokedBy: ctx.principal.id, revocationReason: reason })
      .where(eq(dataConsents.id, id))
      .returning();
    if (!row) throw notFoundIn('params.id', CONSENT);
    await appendAudit(tx, auditContext(ctx), {
      action: 'consent.revoke',
      entityType: 'consent',
      entityId: id,
      departmentId: row.providerDepartmentId,
      before: auditedConsent(before),
      after: { ...auditedConsent(row), reason },
    });
    return row;
  });
}

/** One consent, seen by its provider or consumer (any other department: 404). */
export async function getConsent(db: Executor, principal: Principal, id: string): Promise<Consent> {
  return visibleConsent(db, principal, id);
}

/** The consents the caller's department gives or receives, newest first (all for a platform admin). */
export async function listConsents(db: Executor, principal: Principal): Promise<Consent[]> {
  const own = principal.departmentId ?? '';
  return db
    .select()
    .from(dataConsents)
    .where(
      isPlatformAdmin(principal)
        ? undefined
        : or(eq(dataConsents.providerDepartmentId, own), eq(dataConsents.consumerDepartmentId, own)),
    )
    .orderBy(desc(dataConsents.grantedAt));
}

function verdict(row: Consent, at: Date): ConsentRefusalReason | 'live' {
  if (row.revokedAt && row.revokedAt <= at) return 'revoked';
  if (row.grantedAt > at) return 'not_yet_granted';
  if (row.expiresAt && row.expiresAt <= at) return 'expired';
  return 'live';
}

/** The verdict on one use of consented data: the live consent, or why there is none (and the nearest consent). */
export type ConsentVerdict =
  | { allowed: true; consent: Consent }
  | { allowed: false; reason: ConsentRefusalReason; consent: Consent | null };

/**
 * Checks one use of consented data against a live consent, read from the database on every call
 * (no cache: a revocation holds at the very next use), and audits the use either way
 * (`consent.use`, allowed or refused with the reason, plus `detail`, e.g. the source and bot).
 * Returns the verdict; `assertConsent` throws it.
 */
export async function checkConsent(
  db: Db,
  use: ConsentUse,
  ctx: ServiceContext = { principal: CONSENT_CHECKER, requestId: null },
  detail: Record<string, string> = {},
): Promise<ConsentVerdict> {
  const at = use.at ?? new Date();
  const { live, nearest, found } = await findConsent(db, use, at);
  await db.transaction((tx) =>
    appendAudit(tx, auditContext(ctx), {
      action: 'consent.use',
      entityType: 'consent',
      entityId: nearest?.id ?? null,
      departmentId: use.consumer,
      after: {
        allowed: Boolean(live),
        reason: found,
        provider: use.provider,
        consumer: use.consumer,
        scope: use.scope,
        purpose: use.purpose,
        at: at.toISOString(),
        ...detail,
      },
    }),
  );
  return verdictOf(live, nearest, found);
}

/** The verdict on a use without auditing it: for what records nothing (an editor's preview). */
export async function peekConsent(db: Executor, use: ConsentUse): Promise<ConsentVerdict> {
  const { live, nearest, found } = await findConsent(db, use, use.at ?? new Date());
  return verdictOf(live, nearest, found);
}

async function findConsent(db: Executor, use: ConsentUse, at: Date) {
  const rows = await db
    .select()
    .from(dataConsents)
    .where(
      and(
        eq(dataConsents.providerDepartmentId, use.provider),
        eq(dataConsents.consumerDepartmentId, use.consumer),
        eq(dataConsents.scope, use.scope),
        eq(dataConsents.purpose, use.purpose),
      ),
    )
    .orderBy(desc(dataConsents.grantedAt));
  const live = rows.find((row) => verdict(row, at) === 'live');
  const nearest = live ?? rows[0];
  const found: ConsentRefusalReason | 'live' = live ? 'live' : nearest ? verdict(nearest, at) : 'none';
  return { live, nearest, found };
}

function verdictOf(
  live: Consent | undefined,
  nearest: Consent | undefined,
  found: ConsentRefusalReason | 'live',
): ConsentVerdict {
  if (live) return { allowed: true, consent: live };
  return { allowed: false, reason: found === 'live' ? 'none' : found, consent: nearest ?? null };
}

/**
 * Checks one use of consented data against a live consent, and audits the use either way
 * (`consent.use`, allowed or refused with the reason). A revoked, expired or missing consent throws
 * a bilingual 403 naming the consent, so revocation takes effect at the very next use.
 *
 * @example const consent = await assertConsent(db, { provider: td.id, consumer: hyd.id, scope: 'vehicle-licences', purpose: 'road-works-notices' });
 */
export async function assertConsent(
  db: Db,
  use: ConsentUse,
  ctx: ServiceContext = { principal: CONSENT_CHECKER, requestId: null },
): Promise<Consent> {
  const checked = await checkConsent(db, use, ctx);
  if (checked.allowed) return checked.consent;
  throw noLiveConsent(checked.reason, checked.consent?.id ?? null);
}

/**
 * A consuming department (the caller's) asks a providing department for data. Audited as
 * `consent_request.create` in both departments' trails (the provider's department id).
 */
export async function requestConsent(
  db: Db,
  ctx: ServiceContext,
  input: ConsentTerms & { providerDepartmentId: string; justification: string },
): Promise<ConsentRequest> {
  const consumer = ctx.principal.departmentId;
  if (!consumer) throw notFoundIn('body.providerDepartmentId', DEPARTMENT);
  if (consumer === input.providerDepartmentId) throw sameDepartment('body.providerDepartmentId');
  return db.transaction(async (tx) => {
    await departmentExists(tx, input.providerDepartmentId, 'body.providerDepartmentId');
    const [row] = await tx
      .insert(consentRequests)
      .values({
        id: randomUUID(),
        providerDepartmentId: input.providerDepartmentId,
        consumerDepartmentId: consumer,
        scope: input.scope,
        purpose: input.purpose,
        channel: input.channel,
        justification: input.justification,
        expiresAt: input.expiresAt ?? null,
        status: 'pending',
        requestedBy: ctx.principal.id,
      })
      .returning();
    if (!row) throw new Error('insert returned no row');
    await appendAudit(tx, auditContext(ctx), {
      action: 'consent_request.create',
      entityType: 'consent_request',
      entityId: row.id,
      departmentId: input.providerDepartmentId,
      after: { consumerDepartmentId: consumer, scope: row.scope, purpose: row.purpose, channel: row.channel },
    });
    return row;
  });
}

async function visibleRequest(db: Executor, principal: Principal, id: string): Promise<ConsentRequest> {
  const [row] = await db.select().from(consentRequests).where(eq(consentRequests.id, id));
  if (
    !row ||
    !(canSeeDepartment(principal, row.providerDepartmentId) || canSeeDepartment(principal, row.consumerDepartmentId))
  )
    throw notFoundIn('params.id', REQUEST);
  return row;
}

export async function getConsentRequest(db: Executor, principal: Principal, id: string) {
  return visibleRequest(db, principal, id);
}

/** Requests the caller's department made or received, newest first. */
export async function listConsentRequests(db: Executor, principal: Principal): Promise<ConsentRequest[]> {
  const own = principal.departmentId ?? '';
  return db
    .select()
    .from(consentRequests)
    .where(
      isPlatformAdmin(principal)
        ? undefined
        : or(eq(consentRequests.providerDepartmentId, own), eq(consentRequests.consumerDepartmentId, own)),
    )
    .orderBy(desc(consentRequests.createdAt));
}

/**
 * The providing department approves (granting a consent it owns as a department) or refuses a
 * pending request. Audited as `consent_request.approve` / `.refuse` (and `consent.grant`).
 */
export async function decideConsentRequest(
  db: Db,
  ctx: ServiceContext,
  id: string,
  decision: { approve: boolean; note?: string | undefined },
): Promise<ConsentRequest> {
  const request = await visibleRequest(db, ctx.principal, id);
  if (!canSeeDepartment(ctx.principal, request.providerDepartmentId)) throw notProvider('params.id');
  if (request.status !== 'pending') throw requestDecided(request.status);
  let consentId: string | null = null;
  if (decision.approve) {
    const [provider] = await db
      .select({ code: departments.code })
      .from(departments)
      .where(eq(departments.id, request.providerDepartmentId));
    const consent = await grantConsent(
      db,
      ctx,
      {
        ownerKind: 'department',
        ownerRef: provider?.code ?? request.providerDepartmentId,
        providerDepartmentId: request.providerDepartmentId,
        consumerDepartmentId: request.consumerDepartmentId,
        scope: request.scope,
        purpose: request.purpose,
        channel: request.channel,
        expiresAt: request.expiresAt,
      },
      request.id,
    );
    consentId = consent.id;
  }
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(consentRequests)
      .set({
        status: decision.approve ? 'approved' : 'refused',
        decidedBy: ctx.principal.id,
        decidedAt: new Date(),
        decisionNote: decision.note ?? null,
        consentId,
        updatedAt: new Date(),
      })
      .where(and(eq(consentRequests.id, id), eq(consentRequests.status, 'pending')))
      .returning();
    if (!row) throw requestDecided('decided');
    await appendAudit(tx, auditContext(ctx), {
      action: decision.approve ? 'consent_request.approve' : 'consent_request.refuse',
      entityType: 'consent_request',
      entityId: id,
      departmentId: row.providerDepartmentId,
      after: { status: row.status, consentId, note: row.decisionNote },
    });
    return row;
  });
}
