import { eq } from 'drizzle-orm';
import { CLI_PRINCIPAL, createApiKey, createUser } from '../../src/access/index.ts';
import type { Role } from '../../src/core/index.ts';
import { deploymentAnswers, requiredSuites } from '../../src/governance/index.ts';
import { bots, type Store } from '../../src/store/index.ts';
import { apiCaller } from './console-harness.ts';

let people = 0;

/**
 * Meets the go-live gate for `botId` through the API, as the department's people would before
 * someone publishes it in the console: a project officer (editor) makes an approver the
 * application's owner, answers a complete deployment-stage assessment and submits it; the owner
 * and an assurance reviewer endorse it; the officer runs every required evaluation suite, and the
 * server's job worker runs them. Only the people and their API keys are made in-process (setup);
 * every governance step is an HTTP request. Throws, listing what is unmet, if the gate still refuses.
 */
export async function satisfyGoLiveGateViaApi(h: { store: Store; base: string }, botId: string): Promise<void> {
  const db = h.store.db;
  const [bot] = await db.select().from(bots).where(eq(bots.id, botId));
  if (!bot) throw new Error(`no bot ${botId}`);
  const cli = { principal: CLI_PRINCIPAL, requestId: 'e2e-gate' };
  const person = async (role: Role) => {
    people += 1;
    const user = await createUser(db, cli, {
      departmentId: bot.departmentId,
      displayName: `Gate ${role} ${people}`,
      roles: [role],
    });
    const { key } = await createApiKey(db, cli, { name: `gate-${role}`, userId: user.id, defaultLifetimeDays: 1 });
    return { id: user.id, key };
  };
  const officer = await person('editor');
  const owner = await person('approver');
  const assurance = await person('assurance_reviewer');
  const call = apiCaller(h.base);

  const { items } = (await call(officer.key, 'GET', '/api/v1/governance/applications')) as {
    items: { id: string; botId: string | null; personalData: boolean; publicFacing: boolean }[];
  };
  const application = items.find((a) => a.botId === botId);
  if (!application) throw new Error(`bot ${botId} is not registered as an application`);
  const apps = `/api/v1/governance/applications/${application.id}`;
  await call(officer.key, 'PATCH', apps, { ownerId: owner.id });
  const { id: assessmentId } = (await call(officer.key, 'POST', `${apps}/assessments`, { stage: 'deployment' })) as {
    id: string;
  };
  const assessment = `/api/v1/governance/assessments/${assessmentId}`;
  await call(officer.key, 'PATCH', assessment, deploymentAnswers({ personalData: application.personalData }));
  await call(officer.key, 'POST', `${assessment}/submit`, {});
  await call(owner.key, 'POST', `${assessment}/endorse`, { capacity: 'project_owner' });
  await call(assurance.key, 'POST', `${assessment}/endorse`, { capacity: 'assurance_reviewer' });

  const runs: string[] = [];
  for (const suiteId of requiredSuites({ publicFacing: application.publicFacing })) {
    const { run } = (await call(officer.key, 'POST', `/api/v1/bots/${botId}/evaluations`, { suiteId })) as {
      run: { id: string };
    };
    runs.push(run.id);
  }
  for (const id of runs) {
    for (;;) {
      const { status } = (await call(officer.key, 'GET', `/api/v1/evaluations/${id}`)) as { status: string };
      if (status !== 'queued' && status !== 'running') break;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  const gate = (await call(officer.key, 'GET', `${apps}/go-live`)) as {
    ready: boolean;
    conditions: { id: string; met: boolean; detail: { en: string } }[];
  };
  if (!gate.ready) {
    const unmet = gate.conditions.filter((c) => !c.met).map((c) => `${c.id}: ${c.detail.en}`);
    throw new Error(`the go-live gate still refuses ${botId}:\n${unmet.join('\n')}`);
  }
}
