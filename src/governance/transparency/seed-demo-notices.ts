import { readFileSync } from 'node:fs';
import type { ServiceContext } from '../../access/index.ts';
import { DEMO_BOTS } from '../../chat/index.ts';
import type { Db, TransparencyNoticeContent } from '../../store/index.ts';
import { findBotApplication } from '../registry/index.ts';
import { publishNotice, saveNoticeDraft } from './notices.ts';
import { transparencyNotices } from '../../store/index.ts';
import { eq } from 'drizzle-orm';

const DEMO_NOTICES = JSON.parse(readFileSync(new URL('./demo-notices.json', import.meta.url), 'utf8')) as {
  default: TransparencyNoticeContent;
  perBot?: Record<string, TransparencyNoticeContent>;
};

/**
 * Writes and publishes the demo bots' transparency notices (issue #18, "Done when"), as the
 * preparer `ctx` names, through the same services and audit as the console. A bot whose
 * application already has a notice (any version) is left alone.
 *
 * @example await seedDemoNotices(db, { principal: preparer, requestId: 'seed' })
 */
export async function seedDemoNotices(db: Db, ctx: ServiceContext): Promise<string[]> {
  const published: string[] = [];
  for (const { id: botId } of DEMO_BOTS) {
    const application = await findBotApplication(db, botId);
    if (!application) continue;
    const [existing] = await db
      .select({ id: transparencyNotices.id })
      .from(transparencyNotices)
      .where(eq(transparencyNotices.applicationId, application.id))
      .limit(1);
    if (existing) continue;
    await saveNoticeDraft(db, ctx, application.id, DEMO_NOTICES.perBot?.[botId] ?? DEMO_NOTICES.default);
    await publishNotice(db, ctx, application.id);
    published.push(botId);
  }
  return published;
}
