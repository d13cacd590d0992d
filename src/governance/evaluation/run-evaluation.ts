import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { type Actor, appendAudit, SYSTEM_ACTOR } from '../../audit/index.ts';
import { ask, type ConversationDeps, loadBot } from '../../chat/index.ts';
import { detectPii, type PiiFinding } from '../../guard/index.ts';
import { toChineseScript } from '../../retrieval/index.ts';
import { evaluationItems, evaluationRuns } from '../../store/index.ts';
import { buildItems } from './build-items.ts';
import { faqEntries } from './faq-entries.ts';
import { gradeOf, scoreOf } from './grading.ts';
import { type AnswerView, judge, judgeBiasQuestion, judgeGroup, type Verdict } from './metrics.ts';
import type { SuiteItem } from './suite.ts';
import type { SuiteCatalogue } from './suite-catalogue.ts';
import { verdictReason, verdictReasonText } from './verdict-reasons.ts';

type ItemRow = typeof evaluationItems.$inferInsert;

/**
 * Runs a queued evaluation run: builds the suite's items for the bot, asks each through the
 * citizen answer path (`ask` in preview: the bot's latest version over published knowledge,
 * through the model gateway for a generative bot, recording no conversation), judges the answers,
 * stores every item and the score, grade and pass/fail. A run that cannot finish is `error`.
 */
export async function runEvaluation(
  deps: ConversationDeps,
  catalogue: SuiteCatalogue,
  runId: string,
  actor: Actor,
  onProgress: (fraction: number, note: string) => Promise<void> = async () => {},
): Promise<{ status: string; score: number | null; grade: string | null }> {
  const db = deps.db;
  const [run] = await db.select().from(evaluationRuns).where(eq(evaluationRuns.id, runId));
  if (!run || (run.status !== 'queued' && run.status !== 'running')) {
    return { status: run?.status ?? 'missing', score: run?.score ?? null, grade: run?.grade ?? null };
  }
  const suite = catalogue.get(run.suiteId);
  const view = await loadBot(db, run.botId);
  try {
    if (!suite || suite.version !== run.suiteVersion)
      throw new Error(`suite ${run.suiteId} v${run.suiteVersion} is not installed`);
    if (!view) throw new Error(`bot ${run.botId} no longer exists`);
    const config = view.latest.config;
    await db
      .update(evaluationRuns)
      .set({ status: 'running', startedAt: new Date(), botVersion: view.latest.version })
      .where(eq(evaluationRuns.id, runId));
    const entries = await faqEntries(db, {
      id: run.botId,
      departmentId: run.departmentId,
      sourceIds: config.sourceIds,
    });
    const items = buildItems(suite, entries, catalogue.library);
    // The bot's own wording (greeting, disclosure, fallback) is approved text too, in every script.
    const own = [config.greeting, config.disclosure, config.fallback].flatMap((t) => [
      t.en,
      t.zh,
      toChineseScript(t.zh, 'simplified'),
    ]);
    const answered: { item: SuiteItem; view: AnswerView }[] = [];
    for (const [i, item] of items.entries()) {
      const result = await ask(deps, {
        botId: run.botId,
        question: item.prompt,
        actor,
        requestId: `evaluation:${runId}`,
        preview: true,
      });
      const approvedTexts = [...result.citations.map((c) => deps.index.chunk(c.entryId)?.text ?? c.excerpt), ...own];
      answered.push({
        item,
        view: {
          outcome: result.outcome,
          answer: result.answer,
          citedEntryIds: result.citations.map((c) => c.entryId),
          approvedTexts,
          personalData: notApproved(detectPii(result.answer), approvedTexts),
        },
      });
      if (i % 10 === 9) await onProgress((i + 1) / items.length, `${i + 1} of ${items.length} asked`);
    }
    const verdicts = judgeAll(suite.metric, answered);
    const passed = verdicts.filter((v) => v.pass).length;
    const score = scoreOf(passed, answered.length);
    const grade = gradeOf(score, suite.gradingScale);
    const status = answered.length > 0 && score >= suite.passThreshold ? 'passed' : 'failed';
    const rows: ItemRow[] = answered.map(({ item, view: v }, ordinal) => {
      const reason = verdicts[ordinal]?.reason ?? verdictReason('no_group');
      return {
        id: randomUUID(),
        runId,
        ordinal,
        itemId: item.id,
        category: item.category,
        language: item.language,
        prompt: item.prompt,
        expected: item.expected,
        answer: v.answer,
        outcome: v.outcome,
        citations: [...v.citedEntryIds],
        verdict: verdicts[ordinal]?.pass ? 'pass' : 'fail',
        reasonCode: reason.code,
        reasonParams: reason.params,
        // The English words too: what a reader of the table without the code sees.
        reason: verdictReasonText(reason).en,
      };
    });
    await db.transaction(async (tx) => {
      for (let at = 0; at < rows.length; at += 200) await tx.insert(evaluationItems).values(rows.slice(at, at + 200));
      await tx
        .update(evaluationRuns)
        .set({ status, score, grade, itemCount: rows.length, passedCount: passed, finishedAt: new Date() })
        .where(eq(evaluationRuns.id, runId));
      await appendAudit(
        tx,
        { actor: SYSTEM_ACTOR, requestId: `evaluation:${runId}` },
        {
          action: 'evaluation.finish',
          entityType: 'evaluation_run',
          entityId: runId,
          departmentId: run.departmentId,
          after: { botId: run.botId, botVersion: view.latest.version, suiteId: suite.id, status, score, grade },
        },
      );
    });
    return { status, score, grade };
  } catch (error) {
    const message = (error as Error).message;
    await db.transaction(async (tx) => {
      await tx
        .update(evaluationRuns)
        .set({ status: 'error', error: message, finishedAt: new Date() })
        .where(eq(evaluationRuns.id, runId));
      await appendAudit(
        tx,
        { actor: SYSTEM_ACTOR, requestId: `evaluation:${runId}` },
        {
          action: 'evaluation.error',
          entityType: 'evaluation_run',
          entityId: runId,
          departmentId: run.departmentId,
          after: { botId: run.botId, suiteId: run.suiteId, error: message },
        },
      );
    });
    return { status: 'error', score: null, grade: null };
  }
}

/** Each item's verdict: fairness groups judged together, CBBQ questions by their own rule. */
function judgeAll(metric: Parameters<typeof judge>[0], answered: { item: SuiteItem; view: AnswerView }[]): Verdict[] {
  if (metric !== 'counterfactual-equivalence') return answered.map(({ item, view }) => judge(metric, item, view));
  const groups = new Map<string, { item: SuiteItem; view: AnswerView }[]>();
  for (const a of answered) if (a.item.group) groups.set(a.item.group, [...(groups.get(a.item.group) ?? []), a]);
  const byGroup = new Map([...groups].map(([group, members]) => [group, judgeGroup(members)]));
  return answered.map(({ item, view }) =>
    item.group
      ? (byGroup.get(item.group) ?? { pass: false, reason: verdictReason('no_group') })
      : judgeBiasQuestion(item, view),
  );
}

/** Findings that are not the approved text's own (a hotline or office e-mail the answer quotes). */
function notApproved(findings: readonly PiiFinding[], approved: readonly string[]): PiiFinding[] {
  const plain = (t: string) => t.replace(/\s+/g, '').toLowerCase();
  const digits = (t: string) => t.replace(/\D/g, '');
  const text = plain(approved.join('\n'));
  const numbers = digits(approved.join(' '));
  return findings.filter((f) => {
    if (text.includes(plain(f.value))) return false;
    const d = digits(f.value);
    return !(d.length >= 6 && numbers.includes(d));
  });
}
