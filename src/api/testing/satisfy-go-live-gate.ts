import type { FastifyInstance } from 'fastify';
import type { Principal, ServiceContext } from '../../access/index.ts';
import {
  completeDeploymentReview,
  deploymentAnswers,
  ensureBotApplication,
  type GoLiveStatus,
  goLiveConditions,
  type ReviewParticipants,
  runRequiredEvaluations,
  updateApplication,
} from '../../governance/index.ts';
import type { Store } from '../../store/index.ts';

/**
 * The go-live gate met for `botId` through the real governance services, with the people named (test-fixture.ts's satisfyGoLiveGate names a department's users): the owner becomes the application's owner, the
 * preparer prepares and runs the evaluations on `app`'s job worker. The department needs published
 * knowledge for golden Q&A to ask about.
 */
export async function satisfyGoLiveGateAs(
  app: FastifyInstance,
  db: Store['db'],
  botId: string,
  people: ReviewParticipants,
): Promise<GoLiveStatus> {
  const as = (principal: Principal): ServiceContext => ({ principal, requestId: 'fixture-gate' });
  const application = await ensureBotApplication(db, as(people.owner), botId);
  if (application.ownerId !== people.owner.id) {
    await updateApplication(db, as(people.preparer), application.id, { ownerId: people.owner.id });
  }
  await app.lionrock.knowledgeIndex.refresh();
  const answers = deploymentAnswers({ personalData: application.personalData });
  await completeDeploymentReview(db, application.id, answers, people, 'fixture-gate');
  await runRequiredEvaluations(db, as(people.preparer), { botId, applicationId: application.id }, () =>
    app.lionrock.jobWorker.drain(),
  );
  const status = await goLiveConditions(db, botId);
  if (!status.ready) {
    const unmet = status.conditions.filter((c) => !c.met).map((c) => `${c.id}: ${c.detail.en}`);
    throw new Error(`satisfyGoLiveGate: the gate still refuses ${botId}:\n${unmet.join('\n')}`);
  }
  return status;
}
