import { randomUUID } from 'node:crypto';
import { and, asc, desc, eq } from 'drizzle-orm';
import {
  auditContext,
  canSeeDepartment,
  isPlatformAdmin,
  type Principal,
  type ServiceContext,
} from '../access/index.ts';
import { appendAudit } from '../audit/index.ts';
import {
  AppError,
  changedMeanwhile,
  changedMeanwhileIssue,
  issueMessage,
  notFound,
  unknownDepartment,
} from '../core/index.ts';
import { botVersions, bots, type Db, departments, type Executor, type Tx } from '../store/index.ts';
import { type BotChange, type BotConfig, type BotConfigInput, botConfigSchema, parseBotConfig } from './bot-config.ts';

export type Bot = typeof bots.$inferSelect;
export type BotVersion = Omit<typeof botVersions.$inferSelect, 'config'> & { config: BotConfig };

/** A bot and its current configuration: the published one, or the latest draft when none is. */
export interface BotView {
  bot: Bot;
  published: BotVersion | null;
  latest: BotVersion;
}

const conflict = (id: string) =>
  new AppError('conflict', { en: `A bot with id "${id}" already exists`, zhHant: `已有編號為「${id}」的機械人` }, [
    { field: 'body.id', code: 'taken', message: { en: 'is already used', zhHant: '已被使用' } },
  ]);

export async function createBot(
  db: Db,
  ctx: ServiceContext,
  input: { id: string; departmentId?: string | undefined; config: BotConfigInput },
): Promise<BotView> {
  const departmentId = input.departmentId ?? ctx.principal.departmentId;
  if (!departmentId || !canSeeDepartment(ctx.principal, departmentId)) throw unknownDepartment();
  const config = parseBotConfig(input.config, ['body', 'config']);
  return db.transaction(async (tx) => {
    // A platform admin may name any department: one that does not exist is a 404, not a foreign-key failure.
    const [department] = await tx
      .select({ id: departments.id })
      .from(departments)
      .where(eq(departments.id, departmentId));
    if (!department) throw unknownDepartment();
    const [taken] = await tx.select({ id: bots.id }).from(bots).where(eq(bots.id, input.id));
    if (taken) throw conflict(input.id);
    const [bot] = await tx.insert(bots).values({ id: input.id, departmentId, createdBy: ctx.principal.id }).returning();
    const [version] = await tx
      .insert(botVersions)
      .values({ id: randomUUID(), botId: input.id, version: 1, status: 'draft', config, createdBy: ctx.principal.id })
      .returning();
    if (!bot || !version) throw new Error('insert returned no row');
    await appendAudit(tx, auditContext(ctx), {
      action: 'bot.create',
      entityType: 'bot',
      entityId: bot.id,
      departmentId,
      after: { bot, config },
    });
    return { bot, published: null, latest: { ...version, config } };
  });
}

/**
 * A new draft version with the changed configuration (published versions never change). A change
 * made from an older version (`baseVersion`) keeps what others saved since to other fields, and is
 * refused where it would silently undo theirs.
 */
export async function updateBotConfig(
  db: Db,
  ctx: ServiceContext,
  botId: string,
  { baseVersion, ...patch }: BotChange,
): Promise<BotView> {
  // A field given as undefined is a field left out: it keeps its current value.
  const given = Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined));
  return db.transaction(async (tx) => {
    await lockBot(tx, botId);
    const view = await getBot(tx, ctx.principal, botId);
    const config = parseBotConfig({ ...view.latest.config, ...given }, ['body']);
    if (baseVersion !== undefined) await refuseUndoingOthers(tx, view, baseVersion, Object.keys(given), config);
    const [version] = await tx
      .insert(botVersions)
      .values({
        id: randomUUID(),
        botId,
        version: view.latest.version + 1,
        status: 'draft',
        config,
        createdBy: ctx.principal.id,
      })
      .returning();
    if (!version) throw new Error('insert returned no row');
    await appendAudit(tx, auditContext(ctx), {
      action: 'bot.update',
      entityType: 'bot',
      entityId: botId,
      departmentId: view.bot.departmentId,
      before: { version: view.latest.version, config: view.latest.config },
      after: { version: version.version, config },
    });
    return { ...view, latest: { ...version, config } };
  });
}

/** One change or publication at a time per bot, so the second of two at once is judged against the first. */
async function lockBot(tx: Tx, botId: string): Promise<void> {
  await tx.select({ id: bots.id }).from(bots).where(eq(bots.id, botId)).for('update');
}

/**
 * Refuses a change made from `baseVersion` when a version saved since set one of the `fields` it
 * sets, to something other than the change's own value: saving it would undo that without a word.
 */
async function refuseUndoingOthers(
  tx: Tx,
  view: BotView,
  baseVersion: number,
  fields: readonly string[],
  next: BotConfig,
): Promise<void> {
  if (baseVersion === view.latest.version) return;
  const [base] =
    baseVersion < view.latest.version
      ? await tx
          .select({ config: botVersions.config })
          .from(botVersions)
          .where(and(eq(botVersions.botId, view.bot.id), eq(botVersions.version, baseVersion)))
      : [];
  if (!base)
    throw new AppError(
      'validation_failed',
      { en: `The bot has no version ${baseVersion}`, zhHant: `此機械人沒有第 ${baseVersion} 版` },
      [{ field: 'body.baseVersion', code: 'unknown', message: issueMessage('unknown', {}, 'en') }],
    );
  const clashes = changedMeanwhile(fields, {
    base: base.config as Record<string, unknown>,
    stored: view.latest.config,
    next,
  });
  if (clashes.length === 0) return;
  throw new AppError(
    'conflict',
    {
      en:
        `Version ${view.latest.version}, saved after version ${baseVersion} this change was made from, ` +
        `changed ${clashes.join(', ')} too: nothing was saved`,
      zhHant:
        `此變更以第 ${baseVersion} 版為基礎，但其後儲存的第 ${view.latest.version} 版亦改了 ` +
        `${clashes.join('、')}：未有儲存任何內容`,
    },
    clashes.map((field) => changedMeanwhileIssue(`body.${field}`)),
  );
}

/**
 * Asked inside the publication's transaction about the exact version about to be published; it
 * throws to refuse. The go-live gate (src/governance/gate) plugs in here for the API and the CLI.
 */
export type PublishCheck = (tx: Tx, view: BotView) => Promise<void>;

/** How a publication is asked for. */
export interface PublishOptions {
  check?: PublishCheck | undefined;
  /** The version the publisher was shown: refused if another was saved since, so nobody publishes unseen text. */
  version?: number | undefined;
}

/**
 * Publishes the latest draft: it becomes what citizens talk to, and can never change. People
 * publish through the governed publication (`publishGovernedBot`), which passes the go-live gate
 * as `check`; without one this is the bare mechanism that seeding and test fixtures use.
 */
export async function publishBot(
  db: Db,
  ctx: ServiceContext,
  botId: string,
  options: PublishOptions = {},
): Promise<BotView> {
  return db.transaction(async (tx) => {
    await lockBot(tx, botId);
    const view = await getBot(tx, ctx.principal, botId);
    if (options.version !== undefined) refuseUnseenVersion(view, options.version);
    // A draft, or the version an unpublish withdrew (superseded, none published), may be published.
    if (view.latest.status === 'published')
      throw new AppError(
        'conflict',
        {
          en: `Version ${view.latest.version} is already published (since ${view.latest.publishedAt?.toISOString() ?? 'before'}); change the bot to make a new draft`,
          zhHant: `第 ${view.latest.version} 版已經發布（${view.latest.publishedAt ? `自 ${view.latest.publishedAt.toISOString()} 起` : '早前已發布'}）；請修改機械人以建立新草稿`,
        },
        // Named as the bot's state, so that a page which had not seen the publication offers it as it is now.
        [{ field: 'status', code: 'already_published', message: issueMessage('already_published', {}, 'en') }],
      );
    if (options.check) await options.check(tx, view);
    const now = new Date();
    await tx
      .update(botVersions)
      .set({ status: 'superseded' })
      .where(and(eq(botVersions.botId, botId), eq(botVersions.status, 'published')));
    const [version] = await tx
      .update(botVersions)
      .set({ status: 'published', publishedBy: ctx.principal.id, publishedAt: now })
      .where(eq(botVersions.id, view.latest.id))
      .returning();
    const [bot] = await tx
      .update(bots)
      .set({ publishedVersion: view.latest.version, updatedAt: now })
      .where(eq(bots.id, botId))
      .returning();
    if (!version || !bot) throw notFound('Bot');
    await appendAudit(tx, auditContext(ctx), {
      action: 'bot.publish',
      entityType: 'bot',
      entityId: botId,
      departmentId: bot.departmentId,
      before: { publishedVersion: view.bot.publishedVersion },
      after: { publishedVersion: version.version },
    });
    const published = { ...version, config: view.latest.config };
    return { bot, published, latest: published };
  });
}

/** Refuses publishing when the latest version is not the one the publisher was shown. */
function refuseUnseenVersion(view: BotView, version: number): void {
  if (version === view.latest.version) return;
  if (version > view.latest.version)
    throw new AppError(
      'validation_failed',
      { en: `The bot has no version ${version}`, zhHant: `此機械人沒有第 ${version} 版` },
      [{ field: 'body.version', code: 'unknown', message: issueMessage('unknown', {}, 'en') }],
    );
  throw new AppError(
    'conflict',
    {
      en: `Version ${view.latest.version} was saved after version ${version}, which was asked to be published: nothing was published`,
      zhHant: `要求發布的是第 ${version} 版，但其後已儲存第 ${view.latest.version} 版：未有發布任何內容`,
    },
    [{ field: 'body.version', code: 'newer_version_saved', message: issueMessage('newer_version_saved', {}, 'en') }],
  );
}

/**
 * Withdraws a bot from citizens: no version is served until one is published again. The version
 * that was served becomes `superseded` (its config still never changes).
 */
export async function unpublishBot(db: Db, ctx: ServiceContext, botId: string): Promise<BotView> {
  return db.transaction(async (tx) => {
    const view = await getBot(tx, ctx.principal, botId);
    if (view.bot.publishedVersion === null)
      throw new AppError('conflict', { en: `Bot "${botId}" is not published`, zhHant: `機械人「${botId}」未發佈` }, [
        { field: 'botId', code: 'not_published', message: 'is not published' },
      ]);
    await tx
      .update(botVersions)
      .set({ status: 'superseded' })
      .where(and(eq(botVersions.botId, botId), eq(botVersions.status, 'published')));
    const [bot] = await tx
      .update(bots)
      .set({ publishedVersion: null, updatedAt: new Date() })
      .where(eq(bots.id, botId))
      .returning();
    if (!bot) throw notFound('Bot');
    await appendAudit(tx, auditContext(ctx), {
      action: 'bot.unpublish',
      entityType: 'bot',
      entityId: botId,
      departmentId: bot.departmentId,
      before: { publishedVersion: view.bot.publishedVersion },
      after: { publishedVersion: null },
    });
    const latest = view.latest.status === 'published' ? { ...view.latest, status: 'superseded' as const } : view.latest;
    return { bot, published: null, latest };
  });
}

/** A bot as a list shows it: its names and its latest version's number, status and time. */
export interface BotSummary extends Bot {
  name: BotConfig['name'];
  latestVersion: number;
  latestStatus: BotVersion['status'];
  /** When the latest version was made, or the bot last published or unpublished, whichever is later. */
  changedAt: Date;
}

/** The bots the principal may see, each with its latest version's name and status (one query). */
export async function listBotSummaries(db: Executor, principal: Principal): Promise<BotSummary[]> {
  const rows = await db
    .selectDistinctOn([bots.id], {
      bot: bots,
      version: botVersions.version,
      status: botVersions.status,
      config: botVersions.config,
      createdAt: botVersions.createdAt,
    })
    .from(bots)
    .innerJoin(botVersions, eq(botVersions.botId, bots.id))
    .where(isPlatformAdmin(principal) ? undefined : eq(bots.departmentId, principal.departmentId ?? ''))
    .orderBy(asc(bots.id), desc(botVersions.version));
  return rows.map((row) => ({
    ...row.bot,
    name: botConfigSchema.parse(row.config).name,
    latestVersion: row.version,
    latestStatus: row.status,
    changedAt: row.createdAt > row.bot.updatedAt ? row.createdAt : row.bot.updatedAt,
  }));
}

/** One bot as its department sees it (404 for other departments). */
export async function getBot(db: Executor, principal: Principal, botId: string): Promise<BotView> {
  const view = await loadBot(db, botId);
  if (!view || !canSeeDepartment(principal, view.bot.departmentId)) throw notFound('Bot');
  return view;
}

export async function listBots(db: Executor, principal: Principal): Promise<Bot[]> {
  const query = db.select().from(bots).orderBy(asc(bots.id));
  return isPlatformAdmin(principal) ? query : query.where(eq(bots.departmentId, principal.departmentId ?? ''));
}

/** A bot with its published and latest versions, or null. */
export async function loadBot(db: Executor, botId: string): Promise<BotView | null> {
  const [bot] = await db.select().from(bots).where(eq(bots.id, botId));
  if (!bot) return null;
  const versions = await db
    .select()
    .from(botVersions)
    .where(eq(botVersions.botId, botId))
    .orderBy(desc(botVersions.version));
  const parse = (row: (typeof versions)[number]): BotVersion => ({ ...row, config: botConfigSchema.parse(row.config) });
  const latest = versions[0];
  if (!latest) return null;
  const published = versions.find((v) => v.version === bot.publishedVersion);
  return { bot, published: published ? parse(published) : null, latest: parse(latest) };
}
