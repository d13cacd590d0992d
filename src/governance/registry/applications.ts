import { randomUUID } from 'node:crypto';
import { and, asc, desc, eq, isNull, type SQL, sql } from 'drizzle-orm';
import {
  auditContext,
  canSeeDepartment,
  isPlatformAdmin,
  type Principal,
  type ServiceContext,
} from '../../access/index.ts';
import { appendAudit } from '../../audit/index.ts';
import { AppError, type LocalizedText, notFound, type RefusalIssue, unknownDepartment } from '../../core/index.ts';
import {
  type AiApplicationStatus,
  type AiApplicationType,
  aiApplications,
  botVersions,
  bots,
  type Db,
  departments,
  type Executor,
  type Tx,
  users,
} from '../../store/index.ts';
import type { ApplicationPatch, NewApplication, ReuseRequest } from './application-input.ts';
import { canMoveStatus, transitionRefused } from './status-transitions.ts';

export type AiApplication = typeof aiApplications.$inferSelect;

/**
 * The go-live gate's hook: called inside the status change's transaction before an application
 * becomes `live`. It throws (an AppError `conflict` listing every unmet condition) to refuse.
 */
export type GoLiveCheck = (tx: Tx, application: AiApplication) => Promise<void>;

export interface ApplicationFilter {
  departmentId?: string | undefined;
  type?: AiApplicationType | undefined;
  status?: AiApplicationStatus | undefined;
  riskLevel?: 'low' | 'medium' | 'high' | undefined;
}

const ENTITY = 'ai_application';

const invalid = (detail: LocalizedText, issues: readonly RefusalIssue[]) =>
  new AppError('validation_failed', detail, issues);

/** The department a new application goes to: the named one if the caller may act there, else 404. */
async function targetDepartment(tx: Executor, principal: Principal, named: string | undefined): Promise<string> {
  const departmentId = named ?? principal.departmentId;
  if (!departmentId || !canSeeDepartment(principal, departmentId)) throw unknownDepartment();
  const [department] = await tx
    .select({ id: departments.id })
    .from(departments)
    .where(eq(departments.id, departmentId));
  if (!department) throw unknownDepartment();
  return departmentId;
}

/** The owner must be an active user of the application's department. */
async function checkOwner(tx: Executor, ownerId: string, departmentId: string, field = 'body.ownerId') {
  const [owner] = await tx
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.id, ownerId), eq(users.departmentId, departmentId), eq(users.status, 'active')));
  if (!owner)
    throw invalid({ en: 'The owner is not a user of the department', zhHant: '負責人並非該部門的使用者' }, [
      {
        field,
        code: 'unknown_user',
        message: { en: 'is not an active user of the department', zhHant: '並非該部門的現職使用者' },
      },
    ]);
}

/** Personal-data kinds only make sense when personal data is used. */
function checkPersonalData(personalData: boolean, kinds: readonly string[]) {
  if (!personalData && kinds.length > 0)
    throw invalid(
      {
        en: 'Kinds of personal data are listed but personalData is false',
        zhHant: '已列出個人資料類別，但 personalData 為 false',
      },
      [
        {
          field: 'body.personalDataKinds',
          code: 'kinds_without_personal_data',
          message: 'must be empty when personalData is false',
        },
      ],
    );
}

async function audit(tx: Tx, ctx: ServiceContext, action: string, row: AiApplication, before?: unknown) {
  await appendAudit(tx, auditContext(ctx), {
    action,
    entityType: ENTITY,
    entityId: row.id,
    departmentId: row.departmentId,
    ...(before === undefined ? {} : { before }),
    after: row,
  });
}

async function insertApplication(
  tx: Tx,
  ctx: ServiceContext,
  values: Omit<typeof aiApplications.$inferInsert, 'id' | 'createdBy'>,
  action: string,
): Promise<AiApplication> {
  const [row] = await tx
    .insert(aiApplications)
    .values({ ...values, id: randomUUID(), createdBy: ctx.principal.id })
    .returning();
  if (!row) throw new Error('insert returned no row');
  await audit(tx, ctx, action, row);
  return row;
}

/**
 * Registers an AI application in the caller's department (or, for a platform admin, the one
 * named), in status `draft`. Audited as `application.create`.
 */
export async function createApplication(db: Db, ctx: ServiceContext, input: NewApplication): Promise<AiApplication> {
  const kinds = input.personalDataKinds ?? [];
  checkPersonalData(input.personalData, kinds);
  if (input.botId !== undefined && input.type !== 'lionrock_bot')
    throw invalid(
      { en: 'Only a LionRock bot application names a bot', zhHant: '只有 LionRock 機械人類型的應用可指明機械人' },
      [{ field: 'body.botId', code: 'bot_needs_bot_type', message: 'may only be given when type is lionrock_bot' }],
    );
  return db.transaction(async (tx) => {
    const departmentId = await targetDepartment(tx, ctx.principal, input.departmentId);
    await checkOwner(tx, input.ownerId, departmentId);
    if (input.botId !== undefined) {
      const [bot] = await tx.select().from(bots).where(eq(bots.id, input.botId));
      if (!bot || bot.departmentId !== departmentId)
        throw invalid({ en: 'No such bot in the department', zhHant: '該部門沒有此機械人' }, [
          {
            field: 'body.botId',
            code: 'unknown_bot',
            message: { en: 'is not a bot of the department', zhHant: '並非該部門的機械人' },
          },
        ]);
      const [taken] = await tx
        .select({ id: aiApplications.id })
        .from(aiApplications)
        .where(eq(aiApplications.botId, input.botId));
      if (taken)
        throw new AppError(
          'conflict',
          {
            en: `Bot "${input.botId}" is already registered as application ${taken.id}`,
            zhHant: `機械人「${input.botId}」已登記為人工智能應用 ${taken.id}`,
          },
          [
            {
              field: 'body.botId',
              code: 'taken',
              message: { en: 'is already registered as an application', zhHant: '已登記為人工智能應用' },
            },
          ],
        );
    }
    return insertApplication(
      tx,
      ctx,
      {
        departmentId,
        ownerId: input.ownerId,
        type: input.type,
        nameEn: input.name.en,
        nameZhHant: input.name.zhHant,
        purposeEn: input.purpose.en,
        purposeZhHant: input.purpose.zhHant,
        publicFacing: input.publicFacing,
        generative: input.generative,
        personalData: input.personalData,
        personalDataKinds: kinds,
        models: input.models ?? [],
        dataSources: input.dataSources ?? [],
        lifecycleStage: input.lifecycleStage ?? 'strategy',
        botId: input.botId ?? null,
      },
      'application.create',
    );
  });
}

/** One application of the caller's department (any, for a platform admin); 404 otherwise. */
export async function getApplication(db: Executor, principal: Principal, id: string): Promise<AiApplication> {
  const [row] = await db.select().from(aiApplications).where(eq(aiApplications.id, id));
  if (!row || !canSeeDepartment(principal, row.departmentId)) throw notFound('Application');
  return row;
}

/** The application registered for a bot, or null (no department check: callers have one). */
export async function findBotApplication(db: Executor, botId: string): Promise<AiApplication | null> {
  const [row] = await db.select().from(aiApplications).where(eq(aiApplications.botId, botId));
  return row ?? null;
}

/** The caller's department's applications (every department's for a platform admin), filtered. */
export async function listApplications(
  db: Executor,
  principal: Principal,
  filter: ApplicationFilter = {},
): Promise<AiApplication[]> {
  const conditions: SQL[] = [];
  if (!isPlatformAdmin(principal))
    conditions.push(eq(aiApplications.departmentId, principal.departmentId ?? sql`null`));
  if (filter.departmentId) conditions.push(eq(aiApplications.departmentId, filter.departmentId));
  if (filter.type) conditions.push(eq(aiApplications.type, filter.type));
  if (filter.status) conditions.push(eq(aiApplications.status, filter.status));
  if (filter.riskLevel) conditions.push(eq(aiApplications.riskLevel, filter.riskLevel));
  return db
    .select()
    .from(aiApplications)
    .where(and(...conditions))
    .orderBy(asc(aiApplications.createdAt), asc(aiApplications.id));
}

/** Changes what the preparer registered (not status, department or bot). Audited as `application.update`. */
export async function updateApplication(
  db: Db,
  ctx: ServiceContext,
  id: string,
  patch: ApplicationPatch,
): Promise<AiApplication> {
  return db.transaction(async (tx) => {
    const before = await getApplication(tx, ctx.principal, id);
    if (patch.ownerId !== undefined) await checkOwner(tx, patch.ownerId, before.departmentId);
    const type = patch.type ?? before.type;
    if (before.botId !== null && type !== 'lionrock_bot')
      throw invalid(
        { en: 'A bot application stays a LionRock bot', zhHant: '機械人的應用須維持為 LionRock 機械人類型' },
        [{ field: 'body.type', code: 'bot_type_fixed', message: 'must stay lionrock_bot for a bot’s application' }],
      );
    const personalData = patch.personalData ?? before.personalData;
    const kinds = patch.personalDataKinds ?? (personalData ? before.personalDataKinds : []);
    checkPersonalData(personalData, kinds);
    const [row] = await tx
      .update(aiApplications)
      .set({
        ownerId: patch.ownerId ?? before.ownerId,
        type,
        nameEn: patch.name?.en ?? before.nameEn,
        nameZhHant: patch.name?.zhHant ?? before.nameZhHant,
        purposeEn: patch.purpose?.en ?? before.purposeEn,
        purposeZhHant: patch.purpose?.zhHant ?? before.purposeZhHant,
        publicFacing: patch.publicFacing ?? before.publicFacing,
        generative: patch.generative ?? before.generative,
        personalData,
        personalDataKinds: kinds,
        models: patch.models ?? before.models,
        dataSources: patch.dataSources ?? before.dataSources,
        lifecycleStage: patch.lifecycleStage ?? before.lifecycleStage,
        revision: sql`${aiApplications.revision} + 1`,
        updatedAt: new Date(),
      })
      .where(eq(aiApplications.id, id))
      .returning();
    if (!row) throw notFound('Application');
    await audit(tx, ctx, 'application.update', row, before);
    return row;
  });
}

/**
 * Moves an application to `to` if {@link STATUS_TRANSITIONS} allows it (409 naming both ends
 * otherwise). Before a move to `live`, `goLiveCheck` runs in the same transaction and may refuse:
 * this is where the go-live gate plugs in. Audited as `application.status`.
 *
 * @example await setApplicationStatus(db, ctx, id, 'live', { goLiveCheck: gate.check })
 */
export async function setApplicationStatus(
  db: Db,
  ctx: ServiceContext,
  id: string,
  to: AiApplicationStatus,
  options: { goLiveCheck?: GoLiveCheck | undefined } = {},
): Promise<AiApplication> {
  return db.transaction(async (tx) => {
    const before = await getApplication(tx, ctx.principal, id);
    if (!canMoveStatus(before.status, to)) throw transitionRefused(before.status, to);
    if (to === 'live' && options.goLiveCheck) await options.goLiveCheck(tx, before);
    const [row] = await tx
      .update(aiApplications)
      .set({ status: to, revision: sql`${aiApplications.revision} + 1`, updatedAt: new Date() })
      .where(and(eq(aiApplications.id, id), eq(aiApplications.status, before.status)))
      .returning();
    // Another request moved it first: the move was decided on a status that no longer holds.
    if (!row) throw transitionRefused(before.status, to);
    await audit(tx, ctx, 'application.status', row, { status: before.status });
    return row;
  });
}

/**
 * Records what the assessment workflow derived (impact, GenAI tier, risk level) so that the
 * catalogue shows and filters by it. Audited as `application.risk`.
 */
export async function setApplicationRisk(
  tx: Tx,
  ctx: ServiceContext,
  id: string,
  risk: Pick<AiApplication, 'impact' | 'tier' | 'riskLevel'>,
): Promise<AiApplication> {
  const [before] = await tx.select().from(aiApplications).where(eq(aiApplications.id, id));
  if (!before) throw notFound('Application');
  const [row] = await tx
    .update(aiApplications)
    .set({ ...risk, revision: sql`${aiApplications.revision} + 1`, updatedAt: new Date() })
    .where(eq(aiApplications.id, id))
    .returning();
  if (!row) throw notFound('Application');
  await audit(tx, ctx, 'application.risk', row, {
    impact: before.impact,
    tier: before.tier,
    riskLevel: before.riskLevel,
  });
  return row;
}

/**
 * A request to reuse: a new `draft` application in the caller's department, copied from `sourceId`
 * (any department's: the catalogue is shared) and linked to it by `reusedFrom`. The copy starts
 * its own assessment; risk fields are not copied. Audited as `application.reuse`.
 */
export async function requestReuse(
  db: Db,
  ctx: ServiceContext,
  sourceId: string,
  input: ReuseRequest,
): Promise<AiApplication> {
  return db.transaction(async (tx) => {
    const [source] = await tx.select().from(aiApplications).where(eq(aiApplications.id, sourceId));
    if (!source) throw notFound('Application');
    const departmentId = await targetDepartment(tx, ctx.principal, input.departmentId);
    await checkOwner(tx, input.ownerId, departmentId);
    return insertApplication(
      tx,
      ctx,
      {
        departmentId,
        ownerId: input.ownerId,
        // A reused bot is a new bot of the reusing department, registered when that bot is made.
        type: source.type,
        nameEn: source.nameEn,
        nameZhHant: source.nameZhHant,
        purposeEn: input.purpose?.en ?? source.purposeEn,
        purposeZhHant: input.purpose?.zhHant ?? source.purposeZhHant,
        publicFacing: source.publicFacing,
        generative: source.generative,
        personalData: source.personalData,
        personalDataKinds: source.personalDataKinds,
        models: source.models,
        dataSources: source.dataSources,
        lifecycleStage: 'strategy',
        reusedFrom: source.id,
      },
      'application.reuse',
    );
  });
}

/**
 * Every LionRock bot is an application: registers the bot's (type `lionrock_bot`, `draft`, named
 * as its latest configuration, owned by whoever created the bot when that is a user of the
 * department) unless it has one. Idempotent; audited as `application.create` when it registers.
 *
 * @example await ensureBotApplication(db, ctx, 'demo-1823')
 */
export async function ensureBotApplication(db: Db, ctx: ServiceContext, botId: string): Promise<AiApplication> {
  return db.transaction(async (tx) => {
    const [existing] = await tx.select().from(aiApplications).where(eq(aiApplications.botId, botId));
    if (existing) return existing;
    const [bot] = await tx.select().from(bots).where(eq(bots.id, botId));
    if (!bot || !canSeeDepartment(ctx.principal, bot.departmentId)) throw notFound('Bot');
    const [latest] = await tx
      .select({ config: botVersions.config })
      .from(botVersions)
      .where(eq(botVersions.botId, botId))
      .orderBy(desc(botVersions.version))
      .limit(1);
    const config = (latest?.config ?? {}) as BotConfigShape;
    const name = { en: config.name?.en ?? botId, zhHant: config.name?.zh ?? botId };
    const [creator] = await tx
      .select({ id: users.id })
      .from(users)
      .where(and(eq(users.departmentId, bot.departmentId), sql`${users.id}::text = ${bot.createdBy}`));
    return insertApplication(
      tx,
      ctx,
      {
        departmentId: bot.departmentId,
        ownerId: creator?.id ?? null,
        type: 'lionrock_bot',
        nameEn: name.en,
        nameZhHant: name.zhHant,
        purposeEn: `Answers the public's questions as the LionRock bot "${name.en}"`,
        purposeZhHant: `以 LionRock 機械人「${name.zhHant}」解答市民查詢`,
        publicFacing: true,
        generative: config.answerMode === 'generative',
        personalData: false,
        models: config.model ? [config.model] : [],
        botId,
      },
      'application.create',
    );
  });
}

/**
 * Registers the application of every bot that has none (bots made before the registry existed, by
 * the CLI or by the demo seeding), as {@link ensureBotApplication} does for one. Returns their ids.
 */
export async function registerBotApplications(db: Db, ctx: ServiceContext): Promise<string[]> {
  const missing = await db
    .select({ id: bots.id })
    .from(bots)
    .leftJoin(aiApplications, eq(aiApplications.botId, bots.id))
    .where(isNull(aiApplications.id))
    .orderBy(asc(bots.id));
  for (const { id } of missing) await ensureBotApplication(db, ctx, id);
  return missing.map(({ id }) => id);
}

/** The parts of a bot's stored configuration the registry reads (the chat module validates it whole). */
interface BotConfigShape {
  name?: { zh?: string; en?: string };
  answerMode?: string;
  model?: { provider: string; model: string } | null;
}
