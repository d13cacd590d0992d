import { eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import { auditContext, canSeeDepartment, type Principal, type ServiceContext } from '../../access/index.ts';
import { appendAudit } from '../../audit/index.ts';
import { notFound } from '../../core/index.ts';
import { type Db, departments, type Executor, governanceSettings } from '../../store/index.ts';
import { LocalizedRefusal } from './assessment-sets.ts';

/**
 * When guard events become a draft incident (the incident watch, `src/governance/incidents/`).
 * `windowMinutes`: how far back one pass looks; `attackBurst`: how many blocked injection attempts on
 * one bot within it open a draft (one is a citizen testing the bot, a burst is a campaign);
 * `outputPersonalData`: how many answers with personal data the sources did not hold do (one: an
 * answer should never leak). Whole numbers of at least one: a zero or negative window or count
 * would open a draft on nothing or never look.
 */
export const incidentThresholdsSchema = z
  .object({
    windowMinutes: z.number().int().min(1).max(1440).describe('How far back one pass of the watch looks, in minutes'),
    attackBurst: z
      .number()
      .int()
      .min(1)
      .max(10_000)
      .describe('Blocked injection attempts on one bot that open a draft'),
    outputPersonalData: z
      .number()
      .int()
      .min(1)
      .max(10_000)
      .describe('Answers carrying personal data the sources did not hold that open a draft'),
  })
  .strict();
export type IncidentThresholds = z.infer<typeof incidentThresholdsSchema>;

/** Every department's thresholds until it sets its own (the values the watch shipped with). */
export const DEFAULT_INCIDENT_THRESHOLDS: Readonly<IncidentThresholds> = Object.freeze({
  windowMinutes: 10,
  attackBurst: 5,
  outputPersonalData: 1,
});

/** A department's governance policy. */
export interface GovernanceSettings {
  departmentId: string;
  /** Suspend live applications whose periodic review is overdue (default false: only flag them). */
  suspendOverdue: boolean;
  /** When guard events open a draft incident for a person to confirm. */
  incidentThresholds: IncidentThresholds;
}

/** Stored thresholds over the defaults; stored values that no longer validate give the defaults. */
function thresholdsOf(stored: unknown): IncidentThresholds {
  const parsed = incidentThresholdsSchema.safeParse({
    ...DEFAULT_INCIDENT_THRESHOLDS,
    ...(stored && typeof stored === 'object' ? stored : {}),
  });
  return parsed.success ? parsed.data : { ...DEFAULT_INCIDENT_THRESHOLDS };
}

async function requireDepartment(db: Executor, principal: Principal, departmentId: string): Promise<void> {
  if (!canSeeDepartment(principal, departmentId)) throw notFound('Department');
  const [row] = await db.select({ id: departments.id }).from(departments).where(eq(departments.id, departmentId));
  if (!row) throw notFound('Department');
}

/** The department's governance settings (defaults when it never set them); another department's is a 404. */
export async function getGovernanceSettings(
  db: Executor,
  principal: Principal,
  departmentId: string,
): Promise<GovernanceSettings> {
  await requireDepartment(db, principal, departmentId);
  const [row] = await db.select().from(governanceSettings).where(eq(governanceSettings.departmentId, departmentId));
  return {
    departmentId,
    suspendOverdue: row?.suspendOverdue ?? false,
    incidentThresholds: thresholdsOf(row?.incidentThresholds),
  };
}

/**
 * The incident thresholds of each named department (defaults for one that never set them): what the
 * incident watch reads on each pass, one query for all.
 */
export async function departmentIncidentThresholds(
  db: Executor,
  departmentIds: readonly string[],
): Promise<Map<string, IncidentThresholds>> {
  const rows = departmentIds.length
    ? await db
        .select({ departmentId: governanceSettings.departmentId, stored: governanceSettings.incidentThresholds })
        .from(governanceSettings)
        .where(inArray(governanceSettings.departmentId, [...new Set(departmentIds)]))
    : [];
  return new Map(
    departmentIds.map((id) => [id, thresholdsOf(rows.find((r) => r.departmentId === id)?.stored)] as const),
  );
}

/** 400 naming the first bad threshold (a caller other than the API, whose schema checks first). */
function badThresholds(error: z.ZodError): LocalizedRefusal {
  const field = `body.incidentThresholds.${error.issues[0]?.path.join('.') ?? ''}`;
  return new LocalizedRefusal(
    'validation_failed',
    { en: 'Incident thresholds are whole numbers of at least 1', zhHant: '事故門檻須為不少於 1 的整數' },
    [
      {
        field,
        code: 'incident_threshold',
        message: { en: 'must be a whole number of at least 1', zhHant: '須為不少於 1 的整數' },
      },
    ],
  );
}

/**
 * Sets the department's governance settings: each one given replaces its value, the rest are kept
 * (thresholds one by one). Audited as `governance.settings.put` with before and after.
 */
export async function putGovernanceSettings(
  db: Db,
  ctx: ServiceContext,
  departmentId: string,
  settings: {
    suspendOverdue?: boolean | undefined;
    incidentThresholds?: { [K in keyof IncidentThresholds]?: number | undefined } | undefined;
  },
): Promise<GovernanceSettings> {
  return db.transaction(async (tx) => {
    const before = await getGovernanceSettings(tx, ctx.principal, departmentId);
    const thresholds = incidentThresholdsSchema.safeParse({
      ...before.incidentThresholds,
      ...Object.fromEntries(Object.entries(settings.incidentThresholds ?? {}).filter(([, v]) => v !== undefined)),
    });
    if (!thresholds.success) throw badThresholds(thresholds.error);
    const after: GovernanceSettings = {
      departmentId,
      suspendOverdue: settings.suspendOverdue ?? before.suspendOverdue,
      incidentThresholds: thresholds.data,
    };
    const values = { suspendOverdue: after.suspendOverdue, incidentThresholds: after.incidentThresholds };
    await tx
      .insert(governanceSettings)
      .values({ departmentId, ...values, updatedBy: ctx.principal.id })
      .onConflictDoUpdate({
        target: governanceSettings.departmentId,
        set: { ...values, updatedBy: ctx.principal.id, updatedAt: new Date() },
      });
    await appendAudit(tx, auditContext(ctx), {
      action: 'governance.settings.put',
      entityType: 'department',
      entityId: departmentId,
      departmentId,
      before,
      after,
    });
    return after;
  });
}
