import { randomUUID } from 'node:crypto';
import { and, asc, desc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import {
  auditContext,
  canSeeDepartment,
  isPlatformAdmin,
  type Principal,
  type ServiceContext,
} from '../../access/index.ts';
import { appendAudit } from '../../audit/index.ts';
import { notFound } from '../../core/index.ts';
import {
  aiApplications,
  type Db,
  type Executor,
  type IncidentSeverity,
  type IncidentSource,
  type IncidentStatus,
  type IncidentStep,
  incidentApplications,
  incidentEvents,
  incidents,
  type Tx,
} from '../../store/index.ts';
import { setApplicationStatus } from '../registry/index.ts';
import { markReassessmentDue } from '../workflow/index.ts';
import {
  notRecovered,
  notReviewer,
  ownIncident,
  severalDepartments,
  unknownApplication,
  wrongStatus,
} from './incident-refusals.ts';

export type Incident = typeof incidents.$inferSelect;
export type IncidentEvent = typeof incidentEvents.$inferSelect;

/** An incident with the applications it concerns and its timeline, oldest entry first. */
export interface IncidentRecord extends Incident {
  applicationIds: string[];
  timeline: IncidentEvent[];
}

export interface NewIncident {
  title: string;
  description: string;
  severity: IncidentSeverity;
  applicationIds: string[];
  /** Suspend the applications until the incident is closed. */
  suspend?: boolean | undefined;
}

/** What a guard threshold opens for a person to confirm (see `guard-watch.ts`). */
export interface DraftIncident {
  departmentId: string;
  applicationId: string;
  source: Exclude<IncidentSource, 'person'>;
  title: string;
  description: string;
  severity: IncidentSeverity;
  detail: Record<string, unknown>;
}

const ENTITY = 'incident';

async function audit(tx: Tx, ctx: ServiceContext, action: string, row: Incident, extra: Record<string, unknown> = {}) {
  await appendAudit(tx, auditContext(ctx), {
    action,
    entityType: ENTITY,
    entityId: row.id,
    departmentId: row.departmentId,
    after: { status: row.status, step: row.step, severity: row.severity, suspends: row.suspends, ...extra },
  });
}

let lastEventAt = 0;

/**
 * Appends to the timeline. Entries of one transaction would share the database's now(): each gets
 * this node's clock, a millisecond after the previous one at least, so the timeline keeps their order.
 */
async function addEvent(tx: Tx, incidentId: string, actor: string, step: IncidentStep, kind: string, note: string) {
  lastEventAt = Math.max(Date.now(), lastEventAt + 1);
  await tx
    .insert(incidentEvents)
    .values({ id: randomUUID(), incidentId, step, kind, note, actor, createdAt: new Date(lastEventAt) });
}

/** The named applications, all visible to the caller and of one department; refused naming the field. */
async function linkedApplications(tx: Executor, principal: Principal, ids: readonly string[]) {
  const unique = [...new Set(ids)];
  const rows = unique.length
    ? await tx
        .select({ id: aiApplications.id, departmentId: aiApplications.departmentId, status: aiApplications.status })
        .from(aiApplications)
        .where(inArray(aiApplications.id, unique))
    : [];
  unique.forEach((id, index) => {
    const row = rows.find((r) => r.id === id);
    if (!row || !canSeeDepartment(principal, row.departmentId)) throw unknownApplication(index);
  });
  const departments = new Set(rows.map((r) => r.departmentId));
  if (departments.size !== 1) throw severalDepartments();
  return { rows, departmentId: rows[0]?.departmentId ?? '' };
}

/**
 * What opening an incident does to its applications (PCPD: contain): each is flagged for
 * re-assessment (kind `incident`), and, when the incident suspends, each live one is suspended
 * through the registry (audited there). Runs inside the opening's transaction.
 */
async function applyOpening(tx: Tx, ctx: ServiceContext, row: Incident, applicationIds: readonly string[]) {
  for (const applicationId of applicationIds) {
    await markReassessmentDue(tx, ctx, applicationId, {
      kind: 'incident',
      reason: `Incident: ${row.title}`,
      detail: { incidentId: row.id },
    });
    if (!row.suspends) continue;
    const [application] = await tx
      .select({ status: aiApplications.status })
      .from(aiApplications)
      .where(eq(aiApplications.id, applicationId));
    if (application?.status !== 'live') continue;
    await setApplicationStatus(tx, ctx, applicationId, 'suspended');
    await addEvent(tx, row.id, ctx.principal.id, row.step, 'suspended', `Application ${applicationId} suspended`);
  }
}

/**
 * Reports an incident a person saw (PCPD step 1, define): open at once, its applications flagged
 * for re-assessment and, with `suspend`, suspended until it is closed. Audited as `incident.report`.
 *
 * @example await reportIncident(db, ctx, { title: 'Wrong fee quoted', description: '…', severity: 'high', applicationIds: [id], suspend: true })
 */
export async function reportIncident(db: Db, ctx: ServiceContext, input: NewIncident): Promise<IncidentRecord> {
  const id = await db.transaction(async (tx) => {
    const { departmentId } = await linkedApplications(tx, ctx.principal, input.applicationIds);
    const now = new Date();
    const [row] = await tx
      .insert(incidents)
      .values({
        id: randomUUID(),
        departmentId,
        title: input.title,
        description: input.description,
        severity: input.severity,
        status: 'open',
        step: 'define',
        suspends: input.suspend ?? false,
        source: 'person',
        reportedBy: ctx.principal.id,
        openedAt: now,
      })
      .returning();
    if (!row) throw new Error('insert returned no row');
    const applicationIds = [...new Set(input.applicationIds)];
    await tx
      .insert(incidentApplications)
      .values(applicationIds.map((applicationId) => ({ incidentId: row.id, applicationId })));
    await addEvent(tx, row.id, ctx.principal.id, 'define', 'opened', input.description);
    await audit(tx, ctx, 'incident.report', row, { applicationIds });
    await applyOpening(tx, ctx, row, applicationIds);
    return row.id;
  });
  return loadIncident(db, id);
}

/**
 * Opens a draft incident for a person to confirm: what a guard threshold does. It suspends
 * nothing and flags nothing until confirmed. Audited as `incident.draft` (by the platform).
 */
export async function openDraftIncident(db: Db, ctx: ServiceContext, draft: DraftIncident): Promise<Incident> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(incidents)
      .values({
        id: randomUUID(),
        departmentId: draft.departmentId,
        title: draft.title,
        description: draft.description,
        severity: draft.severity,
        status: 'draft',
        step: 'monitor',
        source: draft.source,
        sourceDetail: draft.detail,
      })
      .returning();
    if (!row) throw new Error('insert returned no row');
    await tx.insert(incidentApplications).values({ incidentId: row.id, applicationId: draft.applicationId });
    await addEvent(tx, row.id, ctx.principal.id, 'monitor', 'drafted', draft.description);
    await audit(tx, ctx, 'incident.draft', row, { applicationIds: [draft.applicationId], detail: draft.detail });
    return row;
  });
}

/** One incident of the caller's department (any, for a platform admin), locked when in a transaction. */
async function incidentFor(tx: Executor, principal: Principal, id: string, lock = false): Promise<Incident> {
  const query = tx.select().from(incidents).where(eq(incidents.id, id));
  const [row] = lock ? await query.for('update') : await query;
  if (!row || !canSeeDepartment(principal, row.departmentId)) throw notFound('Incident');
  return row;
}

async function applicationIdsOf(db: Executor, incidentId: string): Promise<string[]> {
  const rows = await db
    .select({ id: incidentApplications.applicationId })
    .from(incidentApplications)
    .where(eq(incidentApplications.incidentId, incidentId))
    .orderBy(asc(incidentApplications.applicationId));
  return rows.map((r) => r.id);
}

async function loadIncident(db: Executor, id: string): Promise<IncidentRecord> {
  const [row] = await db.select().from(incidents).where(eq(incidents.id, id));
  if (!row) throw notFound('Incident');
  const [applicationIds, timeline] = await Promise.all([
    applicationIdsOf(db, id),
    db
      .select()
      .from(incidentEvents)
      .where(eq(incidentEvents.incidentId, id))
      .orderBy(asc(incidentEvents.createdAt), asc(incidentEvents.id)),
  ]);
  return { ...row, applicationIds, timeline };
}

/** One incident with its applications and timeline; another department's is a 404. */
export async function getIncident(db: Executor, principal: Principal, id: string): Promise<IncidentRecord> {
  await incidentFor(db, principal, id);
  return loadIncident(db, id);
}

/** The caller's department's incidents (every department's for a platform admin), newest first. */
export async function listIncidents(
  db: Executor,
  principal: Principal,
  filter: { status?: IncidentStatus | undefined; applicationId?: string | undefined } = {},
): Promise<(Incident & { applicationIds: string[] })[]> {
  const conditions: SQL[] = [];
  if (!isPlatformAdmin(principal)) conditions.push(eq(incidents.departmentId, principal.departmentId ?? sql`null`));
  if (filter.status) conditions.push(eq(incidents.status, filter.status));
  if (filter.applicationId)
    conditions.push(
      sql`exists (select 1 from ${incidentApplications} where ${incidentApplications.incidentId} = ${incidents.id} and ${incidentApplications.applicationId} = ${filter.applicationId})`,
    );
  const rows = await db
    .select()
    .from(incidents)
    .where(and(...conditions))
    .orderBy(desc(incidents.createdAt), asc(incidents.id))
    .limit(500);
  const links = rows.length
    ? await db
        .select()
        .from(incidentApplications)
        .where(
          inArray(
            incidentApplications.incidentId,
            rows.map((r) => r.id),
          ),
        )
    : [];
  return rows.map((row) => ({
    ...row,
    applicationIds: links.filter((l) => l.incidentId === row.id).map((l) => l.applicationId),
  }));
}

/**
 * Confirms a draft incident (a person judged the guard's signal real): it opens as if reported by
 * the confirmer, with its effects. Audited as `incident.confirm`.
 */
export async function confirmIncident(
  db: Db,
  ctx: ServiceContext,
  id: string,
  input: { suspend?: boolean | undefined; severity?: IncidentSeverity | undefined; note?: string | undefined },
): Promise<IncidentRecord> {
  await db.transaction(async (tx) => {
    const before = await incidentFor(tx, ctx.principal, id, true);
    if (before.status !== 'draft') throw wrongStatus(before.status, 'draft');
    const [row] = await tx
      .update(incidents)
      .set({
        status: 'open',
        step: 'report',
        suspends: input.suspend ?? false,
        severity: input.severity ?? before.severity,
        reportedBy: ctx.principal.id,
        openedAt: new Date(),
        updatedAt: new Date(),
      })
      .where(eq(incidents.id, id))
      .returning();
    if (!row) throw notFound('Incident');
    await addEvent(tx, id, ctx.principal.id, 'report', 'confirmed', input.note ?? 'Confirmed by a person');
    await audit(tx, ctx, 'incident.confirm', row);
    await applyOpening(tx, ctx, row, await applicationIdsOf(tx, id));
  });
  return loadIncident(db, id);
}

/** Dismisses a draft the person judged a false alarm, with why. Audited as `incident.dismiss`. */
export async function dismissIncident(
  db: Db,
  ctx: ServiceContext,
  id: string,
  input: { note: string },
): Promise<IncidentRecord> {
  await db.transaction(async (tx) => {
    const before = await incidentFor(tx, ctx.principal, id, true);
    if (before.status !== 'draft') throw wrongStatus(before.status, 'draft');
    const [row] = await tx
      .update(incidents)
      .set({ status: 'dismissed', closedBy: ctx.principal.id, closedAt: new Date(), updatedAt: new Date() })
      .where(eq(incidents.id, id))
      .returning();
    if (!row) throw notFound('Incident');
    await addEvent(tx, id, ctx.principal.id, before.step, 'dismissed', input.note);
    await audit(tx, ctx, 'incident.dismiss', row);
  });
  return loadIncident(db, id);
}

/**
 * Adds an entry to an open incident's timeline; with `step`, the incident moves to that PCPD step
 * (monitor, report, contain, investigate, recover). Audited as `incident.timeline`.
 */
export async function addTimelineEntry(
  db: Db,
  ctx: ServiceContext,
  id: string,
  input: { note: string; step?: IncidentStep | undefined },
): Promise<IncidentRecord> {
  await db.transaction(async (tx) => {
    const before = await incidentFor(tx, ctx.principal, id, true);
    if (before.status !== 'open') throw wrongStatus(before.status, 'open');
    const step = input.step ?? before.step;
    const [row] = await tx
      .update(incidents)
      .set({ step, updatedAt: new Date() })
      .where(eq(incidents.id, id))
      .returning();
    if (!row) throw notFound('Incident');
    await addEvent(tx, id, ctx.principal.id, step, step === before.step ? 'note' : 'step', input.note);
    await audit(tx, ctx, 'incident.timeline', row, { from: before.step });
  });
  return loadIncident(db, id);
}

/**
 * Closes an incident after recovery. Closure needs a reviewer: an assurance reviewer who is not
 * the person who reported (or confirmed) it. Its applications stay suspended: resuming is the
 * registry's move to live, which the go-live gate judges (re-assessment included). Audited as
 * `incident.close`.
 */
export async function closeIncident(
  db: Db,
  ctx: ServiceContext,
  id: string,
  input: { note: string },
): Promise<IncidentRecord> {
  await db.transaction(async (tx) => {
    const before = await incidentFor(tx, ctx.principal, id, true);
    if (before.status !== 'open') throw wrongStatus(before.status, 'open');
    if (!ctx.principal.roles.includes('assurance_reviewer')) throw notReviewer();
    if (before.reportedBy === ctx.principal.id) throw ownIncident();
    if (before.step !== 'recover') throw notRecovered(before.step);
    const [row] = await tx
      .update(incidents)
      .set({ status: 'closed', closedBy: ctx.principal.id, closedAt: new Date(), updatedAt: new Date() })
      .where(eq(incidents.id, id))
      .returning();
    if (!row) throw notFound('Incident');
    await addEvent(tx, id, ctx.principal.id, 'recover', 'closed', input.note);
    await audit(tx, ctx, 'incident.close', row);
  });
  return loadIncident(db, id);
}

/**
 * The open incidents that suspend an application: while any is open, the go-live gate refuses it.
 *
 * @example const holding = await suspendingIncidents(db, application.id); // [{ id, title }]
 */
export async function suspendingIncidents(
  db: Executor,
  applicationId: string,
): Promise<{ id: string; title: string }[]> {
  return db
    .select({ id: incidents.id, title: incidents.title })
    .from(incidents)
    .innerJoin(incidentApplications, eq(incidentApplications.incidentId, incidents.id))
    .where(
      and(
        eq(incidentApplications.applicationId, applicationId),
        eq(incidents.status, 'open'),
        eq(incidents.suspends, true),
      ),
    )
    .orderBy(asc(incidents.createdAt));
}
