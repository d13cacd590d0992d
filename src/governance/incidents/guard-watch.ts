import { and, eq, gt, inArray, isNotNull, max, ne } from 'drizzle-orm';
import type { ServiceContext } from '../../access/index.ts';
import { counted } from '../../core/index.ts';
import {
  aiApplications,
  chatMessages,
  type Db,
  type IncidentSource,
  incidentApplications,
  incidents,
} from '../../store/index.ts';
import {
  DEFAULT_INCIDENT_THRESHOLDS,
  departmentIncidentThresholds,
  GOVERNANCE_SWEEPER,
  type IncidentThresholds,
} from '../workflow/index.ts';
import { type Incident, openDraftIncident } from './incidents.ts';

interface StoredIssue {
  stage?: string;
  code?: string;
  action?: string;
}

type Kind = Exclude<IncidentSource, 'person'>;

/** Which threshold a stored turn's guard findings count towards. */
function kindsOf(guard: unknown): Set<Kind> {
  const kinds = new Set<Kind>();
  if (!Array.isArray(guard)) return kinds;
  for (const issue of guard as StoredIssue[]) {
    // Turns stored before the stage was recorded: a blocked injection is a question's.
    const stage = issue.stage ?? 'input';
    if (issue.code === 'injection_detected' && issue.action === 'block' && stage === 'input')
      kinds.add('guard_attack_burst');
    if (issue.code === 'pii_found' && stage === 'output') kinds.add('guard_output_personal_data');
  }
  return kinds;
}

const WORDING: Record<Kind, (count: number, minutes: number) => { title: string; description: string }> = {
  guard_attack_burst: (count, minutes) => ({
    title: `Burst of blocked attacks: ${count} in ${minutes} minutes / 短時間內多次攔截攻擊`,
    description:
      `The guard blocked ${count} prompt-injection attempts on this bot within ${minutes} minutes. ` +
      `Confirm if this is an attack campaign; dismiss if it was testing. / ` +
      `防護機制在 ${minutes} 分鐘內攔截了 ${count} 次針對此機械人的提示注入攻擊。如屬攻擊行動請確認；如屬測試請撤銷。`,
  }),
  guard_output_personal_data: (count, minutes) => ({
    title: `Personal data in answers: ${count} in ${minutes} minutes / 回答中出現個人資料`,
    description:
      `The guard found personal data the approved sources do not hold in ${counted(count, 'answer')} of this bot within ` +
      `${minutes} minutes. Confirm and contain it if data leaked. / ` +
      `防護機制在 ${minutes} 分鐘內於此機械人的 ${count} 個回答中發現核准來源沒有的個人資料。如有資料外洩，請確認並遏止。`,
  }),
};

/**
 * One pass of the incident watch: reads the guard findings stored with the last `windowMinutes` of
 * turns of every bot with an application (one indexed query: `chat_messages` by bot and time, no
 * work on the chat path), and opens a draft incident for a person to confirm where a threshold is
 * reached. Each application's thresholds are its department's (governance policy; `thresholds`
 * overrides them all). Findings already counted towards an earlier incident of the same kind are
 * not counted again, so one burst opens one draft.
 *
 * @example const opened = await watchGuardEvents(db); // the drafts opened, if any
 */
export async function watchGuardEvents(
  db: Db,
  options: { now?: Date; thresholds?: IncidentThresholds } = {},
): Promise<Incident[]> {
  const now = options.now ?? new Date();
  const applications = await db
    .select({ id: aiApplications.id, botId: aiApplications.botId, departmentId: aiApplications.departmentId })
    .from(aiApplications)
    .where(and(isNotNull(aiApplications.botId), ne(aiApplications.status, 'retired')));
  const byBot = new Map(applications.flatMap((a) => (a.botId ? [[a.botId, a] as const] : [])));
  if (!byBot.size) return [];
  const policies = options.thresholds
    ? null
    : await departmentIncidentThresholds(
        db,
        applications.map((a) => a.departmentId),
      );
  const thresholdsOf = (departmentId: string) =>
    options.thresholds ?? policies?.get(departmentId) ?? DEFAULT_INCIDENT_THRESHOLDS;
  const startOf = (departmentId: string) => new Date(now.getTime() - thresholdsOf(departmentId).windowMinutes * 60_000);
  // One query over the longest window; each department's turns are then held to its own.
  const windowStart = new Date(Math.min(...applications.map((a) => startOf(a.departmentId).getTime())));
  const turns = await db
    .select({ botId: chatMessages.botId, createdAt: chatMessages.createdAt, guard: chatMessages.guard })
    .from(chatMessages)
    .where(
      and(
        inArray(chatMessages.botId, [...byBot.keys()]),
        gt(chatMessages.createdAt, windowStart),
        eq(chatMessages.role, 'user'),
        isNotNull(chatMessages.guard),
      ),
    );
  if (!turns.length) return [];
  const previous = await db
    .select({
      applicationId: incidentApplications.applicationId,
      source: incidents.source,
      at: max(incidents.createdAt),
    })
    .from(incidents)
    .innerJoin(incidentApplications, eq(incidentApplications.incidentId, incidents.id))
    .where(
      and(
        inArray(
          incidentApplications.applicationId,
          applications.map((a) => a.id),
        ),
        gt(incidents.createdAt, windowStart),
      ),
    )
    .groupBy(incidentApplications.applicationId, incidents.source);
  const counted = (application: { id: string; departmentId: string }, kind: Kind) => {
    const start = startOf(application.departmentId);
    const at = previous.find((p) => p.applicationId === application.id && p.source === kind)?.at;
    return at && at > start ? at : start;
  };
  const counts = new Map<string, number>();
  for (const turn of turns) {
    const application = byBot.get(turn.botId);
    if (!application) continue;
    for (const kind of kindsOf(turn.guard)) {
      if (turn.createdAt <= counted(application, kind)) continue;
      const key = `${turn.botId}\u0000${kind}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  const ctx: ServiceContext = { principal: GOVERNANCE_SWEEPER, requestId: null };
  const opened: Incident[] = [];
  for (const [key, count] of counts) {
    const [botId = '', kind] = key.split('\u0000') as [string, Kind];
    const application = byBot.get(botId);
    if (!application) continue;
    const thresholds = thresholdsOf(application.departmentId);
    const needed = kind === 'guard_attack_burst' ? thresholds.attackBurst : thresholds.outputPersonalData;
    if (count < needed) continue;
    opened.push(
      await openDraftIncident(db, ctx, {
        departmentId: application.departmentId,
        applicationId: application.id,
        source: kind,
        severity: kind === 'guard_attack_burst' ? 'medium' : 'high',
        ...WORDING[kind](count, thresholds.windowMinutes),
        detail: { botId, count, windowMinutes: thresholds.windowMinutes, threshold: needed, until: now.toISOString() },
      }),
    );
  }
  return opened;
}

/** Watches every `intervalMs` (default one minute) on nodes that run jobs; `stop` ends it. */
export function startGuardWatch(db: Db, onError: (error: unknown) => void, intervalMs = 60_000): { stop(): void } {
  const timer = setInterval(() => void watchGuardEvents(db).catch(onError), intervalMs);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
