import type { Principal, ServiceContext } from '../../access/index.ts';
import type { Db } from '../../store/index.ts';
import { applicableQuestions, latestTemplate, type Question, type Stage, type Template } from '../assessment/index.ts';
import { getEvaluationRun, requiredSuites, startEvaluation } from '../evaluation/index.ts';
import { getApplication } from '../registry/index.ts';
import {
  type AnswerInput,
  type AnswersPatch,
  type Assessment,
  decideAssessment,
  IMPACT_TEMPLATE,
  PRIVACY_TEMPLATE,
  requiredCapacities,
  saveAnswers,
  startAssessment,
  submitAssessment,
  TIER_TEMPLATE,
} from '../workflow/index.ts';

/**
 * The answer a question gets when an answer sheet does not give one: the answer of an application
 * that triggers no gating criterion, no GenAI tier and low privacy risk, says "yes" to every
 * control and "go". Only right for what it describes: write the true answers over it.
 */
export function lowRiskAnswer(question: Question): AnswerInput {
  switch (question.kind) {
    case 'text':
      return { value: `${question.text.en} — see the application's registration.` };
    case 'yes_no':
      return { value: question.effect ? 'no' : 'yes' };
    case 'yes_no_na':
      return { value: 'yes' };
    case 'go_no_go':
      return { value: 'go' };
    case 'level':
      return { value: 'low' };
  }
}

/** Every question of `template` that applies at `stage`, answered: `given` first, else `fill`. */
export function answerSheet(
  template: Template,
  stage: Stage | null,
  given: Readonly<Record<string, AnswerInput>> = {},
  fill: (question: Question) => AnswerInput = lowRiskAnswer,
): Record<string, AnswerInput> {
  return Object.fromEntries(applicableQuestions(template, stage).map((q) => [q.id, given[q.id] ?? fill(q)]));
}

/** What an answer sheet is given: per answer set, the answers written (the rest takes the default). */
export interface GivenAnswers {
  answers?: Readonly<Record<string, AnswerInput>> | undefined;
  tierAnswers?: Readonly<Record<string, AnswerInput>> | undefined;
  privacyAnswers?: Readonly<Record<string, AnswerInput>> | undefined;
  personalData: boolean;
}

/** The three answer sets of a deployment-stage assessment, complete, on the newest template editions. */
export function deploymentAnswers(given: GivenAnswers): AnswersPatch {
  return stageAnswers('deployment', given);
}

/** The answer sets of an assessment at `stage`, complete, on the newest template editions. */
export function stageAnswers(stage: Stage, given: GivenAnswers): AnswersPatch {
  const template = (id: string) => {
    const found = latestTemplate(id);
    if (!found) throw new Error(`assessment template ${id} is not loaded`);
    return found;
  };
  return {
    answers: answerSheet(template(IMPACT_TEMPLATE), stage, given.answers),
    tierAnswers: answerSheet(template(TIER_TEMPLATE), null, given.tierAnswers),
    ...(given.personalData
      ? { privacyAnswers: answerSheet(template(PRIVACY_TEMPLATE), null, given.privacyAnswers) }
      : {}),
  };
}

/** Who takes part in a deployment review: nobody endorses what they prepared. */
export interface ReviewParticipants {
  /** Saves the answers and submits (needs `governance:prepare`). */
  preparer: Principal;
  /** The application's owner: endorses as project owner. */
  owner: Principal;
  /** Holds `assurance_reviewer`. */
  assurance: Principal;
  /** Holds `it_board`: asked only when the derivation needs the IT board / CIO. */
  itBoard?: Principal | undefined;
}

/**
 * A deployment-stage assessment (or `options.stage`) through the real workflow: started, answered,
 * submitted (derived), and — unless `options.endorse` is false, which leaves it in review —
 * endorsed in every capacity the derivation requires, each by its participant. Every step is
 * checked and audited by the workflow as if each person had clicked it.
 *
 * @example await completeDeploymentReview(db, appId, deploymentAnswers({ personalData: false }), people, 'seed')
 */
export async function completeDeploymentReview(
  db: Db,
  applicationId: string,
  answers: AnswersPatch,
  people: ReviewParticipants,
  requestId: string,
  options: { stage?: Stage; endorse?: boolean } = {},
): Promise<Assessment> {
  const as = (principal: Principal): ServiceContext => ({ principal, requestId });
  const started = await startAssessment(db, as(people.preparer), applicationId, options.stage ?? 'deployment');
  await saveAnswers(db, as(people.preparer), started.id, answers);
  let assessment = await submitAssessment(db, as(people.preparer), started.id);
  if (!assessment.derivation) throw new Error('a submitted assessment has a derivation');
  if (options.endorse === false) return assessment;
  const by = { project_owner: people.owner, assurance_reviewer: people.assurance, it_board: people.itBoard };
  for (const capacity of requiredCapacities(assessment.derivation)) {
    const endorser = by[capacity];
    if (!endorser) throw new Error(`the ${capacity} endorsement is required but nobody was named for it`);
    assessment = await decideAssessment(db, as(endorser), assessment.id, { decision: 'endorse', capacity });
  }
  return assessment;
}

/**
 * Runs every suite the bot's application requires, through the real evaluation runs and job (the
 * bot's answer path): queued as `runner`, run by `drain` (the node's job worker). Returns each run's
 * status; the gate reads them.
 */
export async function runRequiredEvaluations(
  db: Db,
  runner: ServiceContext,
  input: { botId: string; applicationId: string },
  drain: () => Promise<unknown>,
): Promise<{ suiteId: string; status: string }[]> {
  const application = await getApplication(db, runner.principal, input.applicationId);
  const runs = [];
  for (const suiteId of requiredSuites({ publicFacing: application.publicFacing })) {
    runs.push((await startEvaluation(db, runner, { botId: input.botId, suiteId })).run);
  }
  await drain();
  const done = [];
  for (const run of runs) {
    done.push({ suiteId: run.suiteId, status: (await getEvaluationRun(db, runner.principal, run.id)).run.status });
  }
  return done;
}
