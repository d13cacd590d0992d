import { randomUUID } from 'node:crypto';
import { and, desc, eq, isNotNull, isNull } from 'drizzle-orm';
import { auditContext, type Principal, type ServiceContext } from '../../access/index.ts';
import { appendAudit } from '../../audit/index.ts';
import { notFound, withOwnFieldChanges } from '../../core/index.ts';
import {
  aiApplications,
  type Db,
  type Executor,
  type TransparencyNoticeContent,
  transparencyNotices,
} from '../../store/index.ts';
import { type AiApplication, findBotApplication, getApplication } from '../registry/index.ts';
import { buildNotice, type TransparencyNotice } from './notice.ts';
import { noticeFacts } from './notice-facts.ts';
import { changedMeanwhileIssueIn, LocalizedRefusal } from '../workflow/index.ts';

export type NoticeVersion = typeof transparencyNotices.$inferSelect;

/** What a preview shows where the officers have not written yet. */
export const NOT_YET_WRITTEN: TransparencyNoticeContent = {
  doesNotDo: { en: '(Not yet written.)', zhHant: '（尚未填寫。）' },
  complaints: { en: '(Not yet written.)', zhHant: '（尚未填寫。）' },
};

/** The path of an application's public notice (its bot id for a bot: the stable, readable one). */
export const noticePath = (application: Pick<AiApplication, 'id' | 'botId'>) =>
  `/transparency/${application.botId ?? application.id}`;

/** An application's notice as its department works on it. */
export interface NoticeWorkspace {
  applicationId: string;
  /** Public only while the application is live and a version is published. */
  public: boolean;
  path: string;
  draft: NoticeVersion | null;
  published: NoticeVersion | null;
  versions: NoticeVersion[];
  /** The notice as the public would read it with the draft's words (or the published ones). */
  preview: TransparencyNotice;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

async function versionsOf(db: Executor, applicationId: string): Promise<NoticeVersion[]> {
  return db
    .select()
    .from(transparencyNotices)
    .where(eq(transparencyNotices.applicationId, applicationId))
    .orderBy(desc(transparencyNotices.version));
}

/**
 * The notice's versions, its draft and a preview, for the application's department (another
 * department's application is a 404).
 */
export async function noticeWorkspace(
  db: Executor,
  principal: Principal,
  applicationId: string,
): Promise<NoticeWorkspace> {
  const application = await getApplication(db, principal, applicationId);
  const versions = await versionsOf(db, application.id);
  const draft = versions.find((v) => v.publishedAt === null) ?? null;
  const published = versions.find((v) => v.publishedAt !== null) ?? null;
  const words = draft ?? published;
  const preview = buildNotice(
    await noticeFacts(db, application, {
      content: words?.content ?? NOT_YET_WRITTEN,
      version: words?.version ?? 1,
      publishedAt: words?.publishedAt ?? null,
    }),
  );
  return {
    applicationId: application.id,
    public: application.status === 'live' && published !== null,
    path: noticePath(application),
    draft,
    published,
    versions,
    preview,
  };
}

/** The words of a notice as an editor read them: a field it lacks was not written yet. */
export type NoticeWordsBase = { [K in keyof TransparencyNoticeContent]?: TransparencyNoticeContent[K] | undefined };

/**
 * The editor's words applied to the words as they are now (the open draft's, else the last published
 * ones): the fields it changed from `base` take its text, the others stay as saved, with whatever
 * someone else wrote meanwhile. A field both changed, differently, is refused: nothing is saved.
 */
function withOwnWords(
  base: NoticeWordsBase,
  next: TransparencyNoticeContent,
  now: TransparencyNoticeContent | null,
): TransparencyNoticeContent {
  const { merged, clashes } = withOwnFieldChanges<unknown>({
    base: { ...base },
    next: { ...next },
    stored: { ...now },
  });
  if (clashes.length > 0) throw noticeChangedMeanwhile(clashes);
  return merged as unknown as TransparencyNoticeContent;
}

function noticeChangedMeanwhile(fields: readonly string[]): LocalizedRefusal {
  return new LocalizedRefusal(
    'conflict',
    {
      en: `Someone else changed ${fields.join(', ')} of the notice after you opened it: nothing was saved`,
      zhHant: `你開啟聲明後，其他人已更改 ${fields.join('、')}：未有儲存任何內容`,
    },
    fields.map((field) => changedMeanwhileIssueIn(`body.${field}`)),
  );
}

/**
 * Saves the officers' words as the notice's draft (a new version after the last published one, or
 * the open draft replaced). With `base` (the words as the editor read them), only the fields it
 * changed are saved ({@link withOwnWords}): two officers writing at once keep each other's words.
 * Audited as `transparency.draft`.
 */
export async function saveNoticeDraft(
  db: Db,
  ctx: ServiceContext,
  applicationId: string,
  written: TransparencyNoticeContent,
  base?: NoticeWordsBase,
): Promise<NoticeVersion> {
  return db.transaction(async (tx) => {
    const application = await getApplication(tx, ctx.principal, applicationId);
    // One writer at a time per application: the version number is max + 1.
    await tx
      .select({ id: aiApplications.id })
      .from(aiApplications)
      .where(eq(aiApplications.id, application.id))
      .for('update');
    const [open] = await tx
      .select()
      .from(transparencyNotices)
      .where(and(eq(transparencyNotices.applicationId, application.id), isNull(transparencyNotices.publishedAt)));
    const content = base
      ? withOwnWords(base, written, open?.content ?? (await lastPublished(tx, application.id))?.content ?? null)
      : written;
    let row: NoticeVersion | undefined;
    if (open) {
      [row] = await tx
        .update(transparencyNotices)
        .set({ content, updatedAt: new Date() })
        .where(eq(transparencyNotices.id, open.id))
        .returning();
    } else {
      const [last] = await tx
        .select({ version: transparencyNotices.version })
        .from(transparencyNotices)
        .where(eq(transparencyNotices.applicationId, application.id))
        .orderBy(desc(transparencyNotices.version))
        .limit(1);
      [row] = await tx
        .insert(transparencyNotices)
        .values({
          id: randomUUID(),
          applicationId: application.id,
          departmentId: application.departmentId,
          version: (last?.version ?? 0) + 1,
          content,
          createdBy: ctx.principal.id,
        })
        .returning();
    }
    if (!row) throw new Error('notice draft not written');
    await appendAudit(tx, auditContext(ctx), {
      action: 'transparency.draft',
      entityType: 'transparency_notice',
      entityId: row.id,
      departmentId: application.departmentId,
      ...(open ? { before: { content: open.content } } : {}),
      after: { applicationId: application.id, version: row.version, content },
    });
    return row;
  });
}

async function lastPublished(db: Executor, applicationId: string): Promise<NoticeVersion | undefined> {
  const [row] = await db
    .select()
    .from(transparencyNotices)
    .where(and(eq(transparencyNotices.applicationId, applicationId), isNotNull(transparencyNotices.publishedAt)))
    .orderBy(desc(transparencyNotices.version))
    .limit(1);
  return row;
}

/** The draft as the page that publishes it showed it: its version and when it was last saved. */
export interface SeenDraft {
  version: number;
  updatedAt: string;
}

/**
 * Publishes the draft: it becomes the public notice (while the application is live). With `seen`,
 * only the draft as the officer read it: one saved since (by anyone) is refused, so nobody publishes
 * words they have not read. Audited as `transparency.publish`.
 */
export async function publishNotice(
  db: Db,
  ctx: ServiceContext,
  applicationId: string,
  seen?: SeenDraft,
): Promise<NoticeVersion> {
  return db.transaction(async (tx) => {
    const application = await getApplication(tx, ctx.principal, applicationId);
    const [open] = await tx
      .select()
      .from(transparencyNotices)
      .where(and(eq(transparencyNotices.applicationId, application.id), isNull(transparencyNotices.publishedAt)))
      .for('update');
    if (open && seen && (open.version !== seen.version || open.updatedAt.getTime() !== Date.parse(seen.updatedAt))) {
      throw new LocalizedRefusal(
        'conflict',
        {
          en: `The draft was saved again after you read it (version ${open.version}, ${open.updatedAt.toISOString()}): read it before publishing. Nothing was published`,
          zhHant: `你讀取草稿後，草稿已再被儲存（第 ${open.version} 版，${open.updatedAt.toISOString()}）：請先閱讀再發布。未有發布任何內容`,
        },
        [
          {
            field: 'body.updatedAt',
            code: 'draft_changed',
            message: { en: 'is not when the draft was last saved', zhHant: '與草稿最後儲存的時間不符' },
          },
        ],
      );
    }
    const [row] = open
      ? await tx
          .update(transparencyNotices)
          .set({ publishedAt: new Date(), publishedBy: ctx.principal.id, updatedAt: new Date() })
          .where(eq(transparencyNotices.id, open.id))
          .returning()
      : [];
    if (!row)
      throw new LocalizedRefusal(
        'conflict',
        { en: 'There is no draft of the notice to publish', zhHant: '沒有可發布的聲明草稿' },
        [
          {
            field: 'draft',
            code: 'no_draft',
            message: { en: 'save the notice’s words as a draft first', zhHant: '請先把聲明內容儲存為草稿' },
          },
        ],
      );
    await appendAudit(tx, auditContext(ctx), {
      action: 'transparency.publish',
      entityType: 'transparency_notice',
      entityId: row.id,
      departmentId: application.departmentId,
      after: { applicationId: application.id, version: row.version },
    });
    return row;
  });
}

/**
 * The public notice of a live application, by its id or its bot's id; anything else (unknown, not
 * live, nothing published yet) is the same 404, so drafts and applications in preparation do not leak.
 *
 * @example const notice = await publicNotice(db, 'demo-1823');
 */
export async function publicNotice(db: Executor, applicationOrBotId: string): Promise<TransparencyNotice> {
  const missing = () => notFound('Transparency notice');
  let application: AiApplication | null = null;
  if (UUID.test(applicationOrBotId)) {
    [application = null] = await db.select().from(aiApplications).where(eq(aiApplications.id, applicationOrBotId));
  }
  application ??= await findBotApplication(db, applicationOrBotId);
  if (application?.status !== 'live') throw missing();
  const [published] = await db
    .select()
    .from(transparencyNotices)
    .where(and(eq(transparencyNotices.applicationId, application.id), isNotNull(transparencyNotices.publishedAt)))
    .orderBy(desc(transparencyNotices.version))
    .limit(1);
  if (!published) throw missing();
  return buildNotice(
    await noticeFacts(db, application, {
      content: published.content,
      version: published.version,
      publishedAt: published.publishedAt,
    }),
  );
}

/** The public notice's path for a live bot with a published notice, or null: what the widget links. */
export async function publicNoticePath(db: Executor, botId: string): Promise<string | null> {
  const application = await findBotApplication(db, botId);
  if (application?.status !== 'live') return null;
  const [published] = await db
    .select({ id: transparencyNotices.id })
    .from(transparencyNotices)
    .where(and(eq(transparencyNotices.applicationId, application.id), isNotNull(transparencyNotices.publishedAt)))
    .limit(1);
  return published ? noticePath(application) : null;
}
