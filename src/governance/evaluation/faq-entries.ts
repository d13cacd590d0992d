import { and, asc, eq, isNull, or } from 'drizzle-orm';
import { type Executor, knowledgeChunks, knowledgeSources, knowledgeVersions } from '../../store/index.ts';

/** One published FAQ entry a bot answers from: the golden question and the entry that answers it. */
export interface FaqEntry {
  /** As citations name it: `sourceId:entryKey`. */
  entryId: string;
  question: string;
  language: string | null;
}

/**
 * The bot's published FAQ entries, in source and file order: the department's sources for every bot
 * or for this one (or only `sourceIds` when the bot names them), never a withdrawn source.
 */
export async function faqEntries(
  db: Executor,
  bot: { id: string; departmentId: string; sourceIds: readonly string[] },
): Promise<FaqEntry[]> {
  const rows = await db
    .select({
      sourceId: knowledgeSources.id,
      entryKey: knowledgeChunks.entryKey,
      question: knowledgeChunks.question,
      language: knowledgeChunks.language,
    })
    .from(knowledgeChunks)
    .innerJoin(knowledgeVersions, eq(knowledgeVersions.id, knowledgeChunks.versionId))
    .innerJoin(knowledgeSources, eq(knowledgeSources.id, knowledgeChunks.sourceId))
    .where(
      and(
        eq(knowledgeSources.departmentId, bot.departmentId),
        eq(knowledgeVersions.version, knowledgeSources.publishedVersion),
        isNull(knowledgeSources.withdrawnAt),
        or(isNull(knowledgeSources.botId), eq(knowledgeSources.botId, bot.id)),
        eq(knowledgeChunks.kind, 'faq'),
      ),
    )
    .orderBy(asc(knowledgeSources.createdAt), asc(knowledgeChunks.ordinal));
  return rows
    .filter((row) => row.question && (!bot.sourceIds.length || bot.sourceIds.includes(row.sourceId)))
    .map((row) => ({ entryId: `${row.sourceId}:${row.entryKey}`, question: row.question, language: row.language }));
}
