import { readFileSync } from 'node:fs';
import { and, eq } from 'drizzle-orm';
import {
  CLI_PRINCIPAL,
  createUser,
  DEMO_DEPARTMENT_CODE,
  type Principal,
  type ServiceContext,
} from '../../access/index.ts';
import { DEMO_BOTS } from '../../chat/index.ts';
import type { Role } from '../../core/index.ts';
import { type Db, departments, governanceAssessments, users } from '../../store/index.ts';
import type { Stage } from '../assessment/index.ts';
import { getEvaluationRun, requiredSuites, startEvaluation } from '../evaluation/index.ts';
import {
  completeDeploymentReview,
  goLiveCheck,
  GoLiveRefused,
  type GivenAnswers,
  type ReviewParticipants,
  stageAnswers,
} from '../gate/index.ts';
import {
  createApplication,
  ensureBotApplication,
  listApplications,
  type NewApplication,
  newApplicationSchema,
  setApplicationStatus,
  updateApplication,
} from '../registry/index.ts';
import type { AnswerInput } from '../workflow/index.ts';
import { seedDemoNotices } from '../transparency/index.ts';
import type { AiApplicationStatus } from '../../store/index.ts';

interface DemoPerson {
  email: string;
  displayName: string;
  roles: Role[];
}

interface DemoGovernance {
  people: Record<'preparer' | 'owner' | 'assurance' | 'itBoard', DemoPerson>;
  bots: {
    registration: Pick<NewApplication, 'personalData' | 'personalDataKinds' | 'dataSources' | 'lifecycleStage'>;
    answers: Record<string, AnswerInput>;
    tierAnswers: Record<string, AnswerInput>;
    privacyAnswers: Record<string, AnswerInput>;
    perBot: Record<string, Record<string, string>>;
  };
  external: {
    key: string;
    application: Omit<NewApplication, 'ownerId'>;
    status: AiApplicationStatus;
    assessment: {
      stage: Stage;
      answers: Record<string, AnswerInput>;
      tierAnswers: Record<string, AnswerInput>;
      privacyAnswers?: Record<string, AnswerInput>;
      endorse: boolean;
    } | null;
  }[];
}

/**
 * The demo's governance records, as data (demo-governance.json: who reviews, what they answered). The
 * applications it registers are checked as the registry's route checks a preparer's: the service trusts
 * its typed input, and a stage the file spelt wrongly ('operation') once made every listing a 500.
 */
export const DEMO_GOVERNANCE = checkedApplications(
  JSON.parse(readFileSync(new URL('./demo-governance.json', import.meta.url), 'utf8')) as DemoGovernance,
);

function checkedApplications(data: DemoGovernance): DemoGovernance {
  const registration = newApplicationSchema
    .pick({ personalData: true, personalDataKinds: true, dataSources: true, lifecycleStage: true })
    .strict();
  registration.parse(data.bots.registration);
  for (const external of data.external) newApplicationSchema.omit({ ownerId: true }).parse(external.application);
  return data;
}

const SEED = 'seed';
const cli: ServiceContext = { principal: CLI_PRINCIPAL, requestId: SEED };

/** The statuses an application passes through on its way to `to`, from draft. */
const PATH_TO: Record<string, AiApplicationStatus[]> = {
  draft: [],
  in_review: ['in_review'],
  live: ['in_review', 'approved', 'testing', 'live'],
};

export interface DemoGovernanceResult {
  /** Applications given their assessment, endorsements and evaluations by this call. */
  assessed: string[];
  /** Evaluation runs and how they ended. */
  evaluations: { botId: string; suiteId: string; status: string }[];
  /** Applications that went live through the go-live gate. */
  live: string[];
  /** Demo bots the gate refused (a required evaluation failed), with the unmet conditions. */
  refused: { botId: string; unmet: string[] }[];
}

/**
 * Governs the demo (issue #16, "Demo" and "Done when"): seeds the demo department's reviewers;
 * makes each demo bot a registered application with a completed deployment-stage assessment (the
 * answers in demo-governance.json), endorsed by the seeded owner and assurance reviewer; runs every
 * required evaluation suite against it through the real runner (`drain` runs the queued jobs on
 * the node's worker); and moves it to `live` through the go-live gate. Adds three external AI
 * applications from the seeds at different stages. Every step goes through the same services,
 * checks and audit as a person's clicks. Does nothing for a bot already assessed.
 *
 * @example await seedDemoGovernance(store.db, () => app.lionrock.jobWorker.drain())
 */
export async function seedDemoGovernance(db: Db, drain: () => Promise<unknown>): Promise<DemoGovernanceResult> {
  const result: DemoGovernanceResult = { assessed: [], evaluations: [], live: [], refused: [] };
  const [department] = await db.select().from(departments).where(eq(departments.code, DEMO_DEPARTMENT_CODE));
  if (!department) return result;
  const people = await demoPeople(db, department.id);
  const as = (principal: Principal): ServiceContext => ({ principal, requestId: SEED });
  const data = DEMO_GOVERNANCE;
  const queued: { botId: string; applicationId: string; runId: string; suiteId: string }[] = [];
  for (const { id: botId } of DEMO_BOTS) {
    const application = await ensureBotApplication(db, cli, botId).catch(() => null);
    if (!application || (await hasAssessment(db, application.id))) continue;
    await updateApplication(db, as(people.preparer), application.id, {
      ownerId: people.owner.id,
      ...data.bots.registration,
    });
    const own = data.bots.perBot[botId] ?? {};
    const given: GivenAnswers = {
      answers: {
        ...data.bots.answers,
        ...Object.fromEntries(Object.entries(own).map(([id, value]) => [id, { value }])),
      },
      tierAnswers: data.bots.tierAnswers,
      privacyAnswers: data.bots.privacyAnswers,
      personalData: data.bots.registration.personalData,
    };
    await completeDeploymentReview(db, application.id, stageAnswers('deployment', given), people, SEED);
    result.assessed.push(application.id);
    for (const suiteId of requiredSuites({ publicFacing: application.publicFacing })) {
      const { run } = await startEvaluation(db, as(people.preparer), { botId, suiteId });
      queued.push({ botId, applicationId: application.id, runId: run.id, suiteId });
    }
  }
  const statuses = await finished(
    db,
    queued.map((q) => q.runId),
    drain,
  );
  for (const run of queued) {
    result.evaluations.push({ botId: run.botId, suiteId: run.suiteId, status: statuses.get(run.runId) ?? 'queued' });
  }
  for (const applicationId of new Set(queued.map((q) => q.applicationId))) {
    try {
      if (await moveTo(db, as(people.owner), applicationId, 'live')) result.live.push(applicationId);
    } catch (error) {
      // The gate decides, for the demo too: a failed evaluation keeps the application from going live.
      if (!(error instanceof GoLiveRefused)) throw error;
      const botId = queued.find((q) => q.applicationId === applicationId)?.botId ?? applicationId;
      result.refused.push({ botId, unmet: error.problemExtensions.conditions.map((c) => c.id) });
    }
  }
  await seedExternal(db, people, as, result);
  // Issue #18: the demo bots' public transparency notices, written and published by the project officer.
  await seedDemoNotices(db, as(people.preparer));
  return result;
}

/** The external applications of the seeds' list, each at its stage; skipped once registered. */
async function seedExternal(
  db: Db,
  people: ReviewParticipants,
  as: (principal: Principal) => ServiceContext,
  result: DemoGovernanceResult,
) {
  const registered = await listApplications(db, people.preparer);
  for (const spec of DEMO_GOVERNANCE.external) {
    if (registered.some((a) => a.nameEn === spec.application.name.en)) continue;
    const application = await createApplication(db, as(people.preparer), {
      ...spec.application,
      ownerId: people.owner.id,
    });
    if (spec.assessment) {
      const { stage, endorse, ...given } = spec.assessment;
      const answers = stageAnswers(stage, { ...given, personalData: application.personalData });
      await completeDeploymentReview(db, application.id, answers, people, SEED, { stage, endorse });
      if (endorse) result.assessed.push(application.id);
    }
    if (await moveTo(db, as(people.owner), application.id, spec.status)) result.live.push(application.id);
  }
}

/** Walks an application from draft to `to` along the status table; the move to live passes the gate. */
async function moveTo(db: Db, ctx: ServiceContext, applicationId: string, to: AiApplicationStatus): Promise<boolean> {
  for (const status of PATH_TO[to] ?? []) {
    await setApplicationStatus(db, ctx, applicationId, status, { goLiveCheck });
  }
  return to === 'live';
}

/**
 * Runs the queued evaluations and waits for each to end: `drain` runs what this node can claim,
 * and a node already running jobs (runJobs) may hold some, so unfinished runs are waited for.
 */
async function finished(db: Db, runIds: readonly string[], drain: () => Promise<unknown>) {
  const statuses = new Map<string, string>();
  const deadline = Date.now() + 10 * 60_000;
  for (;;) {
    await drain();
    for (const id of runIds) statuses.set(id, (await getEvaluationRun(db, cli.principal, id)).run.status);
    const open = [...statuses.values()].some((status) => status === 'queued' || status === 'running');
    if (!open || Date.now() > deadline) return statuses;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

async function hasAssessment(db: Db, applicationId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: governanceAssessments.id })
    .from(governanceAssessments)
    .where(and(eq(governanceAssessments.applicationId, applicationId), eq(governanceAssessments.stage, 'deployment')))
    .limit(1);
  return row !== undefined;
}

/** The demo department's governance people (created once, found by e-mail afterwards). */
async function demoPeople(db: Db, departmentId: string): Promise<ReviewParticipants & { owner: Principal }> {
  const principal = async (person: DemoPerson): Promise<Principal> => {
    let [user] = await db.select().from(users).where(eq(users.email, person.email));
    user ??= await createUser(db, cli, {
      departmentId,
      displayName: person.displayName,
      email: person.email,
      roles: person.roles,
    });
    return { id: user.id, roles: user.roles, departmentId: user.departmentId, keyId: null };
  };
  const { people } = DEMO_GOVERNANCE;
  return {
    preparer: await principal(people.preparer),
    owner: await principal(people.owner),
    assurance: await principal(people.assurance),
    itBoard: await principal(people.itBoard),
  };
}
