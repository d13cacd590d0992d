import { counted, inWords } from '../../core/index.ts';
import type { AiApplicationStatus } from '../../store/index.ts';
import { type LocalizedText, TIER_TEXT } from '../assessment/index.ts';
import type { SuiteResult } from '../evaluation/index.ts';
import type { StageStatus } from '../workflow/index.ts';
import { condition, GO_LIVE_CONDITION_NAMES, type GoLiveCondition, NOTHING_TO_DO } from './go-live-condition.ts';
import { offersHumanChannel, saysItIsAi } from './bot-wording.ts';
import { SETTING_TEXT } from './significant-settings.ts';

/** What the gate judges, read from the registry, the workflow, the evaluations and the bot. */
export interface GoLiveFacts {
  now: Date;
  /**
   * `publish`: a bot's publication. `status_move`: the registry's move of an application to
   * `live`, which is also how a suspended application resumes (so a suspension does not block it).
   */
  purpose: 'publish' | 'status_move';
  application: {
    id: string;
    status: AiApplicationStatus;
    personalData: boolean;
    publicFacing: boolean;
    tier: string | null;
  } | null;
  /** The bot's version a publication would publish (its latest), or null for an external application. */
  bot: { id: string; version: number; disclosure: Bilingual; fallback: Bilingual } | null;
  /** The latest deployment-stage assessment, as the workflow reports it. */
  deployment: StageStatus | null;
  /** The latest deployment assessment's answers (an external application's disclosure and human channel). */
  deploymentAnswers: Readonly<Record<string, { value: string }>>;
  reassessmentDue: readonly { kind: string; reason: string }[];
  /** Open incidents that suspend the application (issue #18): none may be open for it to go live. */
  suspendingIncidents?: readonly { id: string; title: string }[];
  nextReviewDue: Date | null;
  /** Null for an external application (LionRock runs no evaluation of it). */
  evaluations: {
    required: readonly string[];
    /** Each suite's name (the suite catalogue's); a suite missing here is named by its id. */
    names?: ReadonlyMap<string, LocalizedText>;
    maxAgeDays: number;
    results: readonly SuiteResult[];
    /**
     * For each bot version a result was run on: the significant settings changed between it and
     * the version judged (empty: no significant change, so the result counts for the version judged).
     */
    changedSince: ReadonlyMap<number, readonly string[]>;
  } | null;
}

/** A bot's bilingual text (its config's `zh` is Traditional Chinese). */
export interface Bilingual {
  zh: string;
  en: string;
}

const DAY_MS = 86_400_000;

/** An application's status as a Chinese reader reads it. */
const STATUS_ZH: Record<AiApplicationStatus, string> = {
  draft: '草稿',
  in_review: '審查中',
  approved: '已批准',
  testing: '測試中',
  live: '已上線',
  suspended: '已暫停',
  retired: '已退役',
};
const day = (d: Date) => d.toISOString().slice(0, 10);

/**
 * Judges every go-live condition from the facts: a pure function, so each rule is tested as a
 * table. No caller, role or flag can change a verdict: the gate has no override.
 */
export function judgeGoLive(facts: GoLiveFacts): GoLiveCondition[] {
  return [
    registered(facts),
    notSuspended(facts),
    ...assessment(facts),
    tierAcceptable(facts),
    privacyChecklist(facts),
    evaluationsPassed(facts),
    aiDisclosure(facts),
    humanChannel(facts),
    noReassessmentDue(facts),
  ];
}

function registered({ application, bot }: GoLiveFacts): GoLiveCondition {
  if (application) {
    return condition(
      'registered',
      true,
      { en: 'Registered in the AI application catalogue.', zhHant: '已登記於人工智能應用目錄。' },
      NOTHING_TO_DO,
    );
  }
  return condition(
    'registered',
    false,
    {
      en: `Bot ${bot?.id ?? ''} is not registered as an AI application.`,
      zhHant: `機械人 ${bot?.id ?? ''} 尚未登記為人工智能應用。`,
    },
    {
      en: 'Register it: POST /api/v1/governance/applications with type lionrock_bot and its botId.',
      zhHant: '請登記：以 POST /api/v1/governance/applications 提交，類型為 lionrock_bot 並填寫 botId。',
    },
  );
}

function notSuspended({ application, purpose, suspendingIncidents = [] }: GoLiveFacts): GoLiveCondition {
  const status = application?.status;
  if (application && status !== 'retired' && suspendingIncidents.length > 0) {
    // Whatever the purpose: resuming a suspended application waits for its incidents to close.
    const titles = suspendingIncidents.map((incident) => `“${incident.title}”`).join(', ');
    return condition(
      'not_suspended',
      false,
      {
        en: `Suspended by ${counted(suspendingIncidents.length, 'open incident')}: ${titles}.`,
        zhHant: `因 ${suspendingIncidents.length} 宗未結束的事故而暫停：${titles}。`,
      },
      {
        en: 'Work the incident through to recovery; an assurance reviewer (not the reporter) closes it.',
        zhHant: '請處理事故直至復原；由項目保證審核人員（並非報告人）結束事故。',
      },
    );
  }
  if (status === 'retired') {
    return condition(
      'not_suspended',
      false,
      { en: 'The application is retired.', zhHant: '此應用已退役。' },
      {
        en: 'A retired application never goes live again; register a new one (or request reuse).',
        zhHant: '已退役的應用不可再上線；請重新登記（或申請重用）。',
      },
    );
  }
  if (status === 'suspended' && purpose === 'publish') {
    return condition(
      'not_suspended',
      false,
      { en: 'The application is suspended.', zhHant: '此應用已暫停。' },
      {
        en: 'Resume it first: once the other conditions are met, move the application to live.',
        zhHant: '請先恢復：其他條件符合後，將應用的狀態改為「上線」。',
      },
    );
  }
  return condition(
    'not_suspended',
    application !== null,
    application
      ? {
          en: `The application is ${status}, not suspended or retired.`,
          zhHant: `此應用的狀態為「${STATUS_ZH[application.status]}」，未有暫停或退役。`,
        }
      : { en: 'No application to check.', zhHant: '沒有可檢查的應用。' },
    application ? NOTHING_TO_DO : { en: 'Register the bot first.', zhHant: '請先登記機械人。' },
  );
}

const START_DEPLOYMENT: LocalizedText = {
  en: 'Start the deployment-stage assessment, answer every question that applies, and submit it for review.',
  zhHant: '請開始部署階段評估，回答所有適用問題，然後提交審閱。',
};

/** The deployment assessment: complete, every N/A justified, and the go / no-go answer "go". */
function assessment({ deployment }: GoLiveFacts): GoLiveCondition[] {
  if (!deployment) {
    // Each condition says what it waits for, so a refusal does not repeat one sentence four times.
    const needs = (en: string, zhHant: string) => ({
      en: `${en} (no deployment-stage assessment yet).`,
      zhHant: `${zhHant}（尚未有部署階段評估）。`,
    });
    const afterAssessment: LocalizedText = {
      en: `Comes with the deployment-stage assessment (see "${GO_LIVE_CONDITION_NAMES.deployment_assessment_complete.en}").`,
      zhHant: `隨部署階段評估而來（見「${GO_LIVE_CONDITION_NAMES.deployment_assessment_complete.zhHant}」）。`,
    };
    return [
      condition(
        'deployment_assessment_complete',
        false,
        { en: 'There is no deployment-stage assessment.', zhHant: '沒有部署階段評估。' },
        START_DEPLOYMENT,
      ),
      condition(
        'na_justified',
        false,
        needs('No answer to check for N/A justifications', '沒有可檢查「不適用」理由的答案'),
        afterAssessment,
      ),
      condition(
        'go_decision',
        false,
        needs('No go / no-go answer (question 58)', '沒有「推行／不推行」決定（第 58 題）'),
        afterAssessment,
      ),
      condition('endorsements', false, needs('Nothing to endorse', '沒有可背書的評估'), afterAssessment),
    ];
  }
  const complete = deployment.status === 'complete';
  const unanswered = deployment.problems.filter((p) => p.code === 'unanswered').length;
  const unjustified = deployment.problems.filter((p) => p.code === 'na_needs_justification').map((p) => p.questionId);
  const completeCondition = complete
    ? condition(
        'deployment_assessment_complete',
        true,
        {
          en: `The deployment-stage assessment was completed on ${day(deployment.completedAt ?? new Date(0))}.`,
          zhHant: `部署階段評估已於 ${day(deployment.completedAt ?? new Date(0))} 完成。`,
        },
        NOTHING_TO_DO,
      )
    : condition(
        'deployment_assessment_complete',
        false,
        deployment.status === 'draft'
          ? {
              en: `The deployment-stage assessment is a draft${unanswered ? ` with ${counted(unanswered, 'question')} unanswered` : ''}.`,
              zhHant: `部署階段評估仍是草稿${unanswered ? `，尚有 ${unanswered} 條問題未答` : ''}。`,
            }
          : {
              en: 'The deployment-stage assessment is in review, awaiting endorsements.',
              zhHant: '部署階段評估正在審閱中，等待背書。',
            },
        deployment.status === 'draft'
          ? {
              en: 'Answer every question that applies and submit the assessment for review.',
              zhHant: '請回答所有適用問題，然後提交評估審閱。',
            }
          : { en: 'Have the required reviewers endorse it.', zhHant: '請由所需的審閱人背書。' },
      );
  const naCondition =
    unjustified.length === 0
      ? condition(
          'na_justified',
          true,
          { en: 'Every N/A answer is justified.', zhHant: '每個「不適用」答案均已說明理據。' },
          NOTHING_TO_DO,
        )
      : condition(
          'na_justified',
          false,
          {
            en: `N/A without a justification: ${unjustified.join(', ')}.`,
            zhHant: `答「不適用」但未說明理據：${unjustified.join('、')}。`,
          },
          {
            en: 'Write why each of these questions does not apply, or answer it.',
            zhHant: '請說明每條問題為何不適用，或作答。',
          },
        );
  const go = deployment.goNoGo;
  const goCondition =
    go === 'go'
      ? condition(
          'go_decision',
          true,
          { en: 'The go / no-go decision (Q58) is "go".', zhHant: '「推行／不推行」決定（Q58）為「推行」。' },
          NOTHING_TO_DO,
        )
      : condition(
          'go_decision',
          false,
          go === null
            ? { en: 'The go / no-go decision (Q58) is not answered.', zhHant: '「推行／不推行」決定（Q58）尚未作答。' }
            : { en: `The go / no-go decision (Q58) is "${go}".`, zhHant: `「推行／不推行」決定（Q58）為「${go}」。` },
          go === 'escalate'
            ? {
                en: 'The decision was escalated: record the IT board / CIO decision as Q58 in a new round.',
                zhHant: '決定已呈交：請在新一輪評估中把資訊科技委員會／資訊科技總監的決定記錄為 Q58。',
              }
            : {
                en: 'Only a "go" decision in the deployment-stage assessment (Q58) lets it go live.',
                zhHant: '部署階段評估的 Q58 須為「推行」方可上線。',
              },
        );
  const missing = deployment.missingEndorsements;
  const required = deployment.requiredEndorsements;
  const endorsementCondition =
    missing === null || required === null
      ? condition(
          'endorsements',
          false,
          {
            en: 'The assessment has not been submitted, so no endorsement can be given yet.',
            zhHant: '評估尚未提交，因此仍未能背書。',
          },
          { en: 'Submit the deployment-stage assessment for review.', zhHant: '請提交部署階段評估審閱。' },
        )
      : missing.length === 0
        ? condition(
            'endorsements',
            true,
            {
              en: `Endorsed by: ${required.map((c) => CAPACITY[c].en).join(', ')}.`,
              zhHant: `已獲背書：${required.map((c) => CAPACITY[c].zhHant).join('、')}。`,
            },
            NOTHING_TO_DO,
          )
        : condition(
            'endorsements',
            false,
            {
              en: `Endorsements missing: ${missing.map((c) => CAPACITY[c].en).join(', ')}.`,
              zhHant: `尚欠背書：${missing.map((c) => CAPACITY[c].zhHant).join('、')}。`,
            },
            {
              en: 'Each missing capacity is endorsed by someone holding it who did not prepare the assessment.',
              zhHant: '每項欠缺的身分須由具該身分、且並非評估擬備人的人員背書。',
            },
          );
  return [completeCondition, naCondition, goCondition, endorsementCondition];
}

const CAPACITY: Record<'project_owner' | 'assurance_reviewer' | 'it_board', LocalizedText> = {
  project_owner: { en: 'project owner', zhHant: '項目負責人' },
  assurance_reviewer: { en: 'assurance reviewer', zhHant: '項目保證審閱人' },
  it_board: { en: 'IT board / CIO', zhHant: '資訊科技委員會／資訊科技總監' },
};

const tierText = (tier: string) => inWords(TIER_TEXT, tier);
const settingText = (key: string) => inWords(SETTING_TEXT, key);

function tierAcceptable({ deployment, application }: GoLiveFacts): GoLiveCondition {
  const tier = deployment?.derivation?.tier ?? application?.tier ?? null;
  if (tier === null) {
    return condition(
      'tier_acceptable',
      false,
      { en: 'The GenAI risk tier has not been derived yet.', zhHant: '尚未推導生成式人工智能風險級別。' },
      {
        en: 'Answer the GenAI tier questions and submit the assessment: the tier is derived on submission.',
        zhHant: '請回答生成式人工智能風險級別問題並提交評估：提交時會推導級別。',
      },
    );
  }
  if (tier === 'unacceptable') {
    return condition(
      'tier_acceptable',
      false,
      { en: 'The GenAI risk tier is "unacceptable".', zhHant: '生成式人工智能風險級別為「不可接受」。' },
      {
        en: 'An unacceptable-tier application never goes live, whoever asks: change what it does and assess it anew.',
        zhHant: '「不可接受」級別的應用無論由誰提出都不可上線：請改變其用途後重新評估。',
      },
    );
  }
  return condition(
    'tier_acceptable',
    true,
    {
      en: `The GenAI risk tier is "${tierText(tier).en}".`,
      zhHant: `生成式人工智能風險級別為「${tierText(tier).zhHant}」。`,
    },
    NOTHING_TO_DO,
  );
}

function privacyChecklist({ application, deployment }: GoLiveFacts): GoLiveCondition {
  if (application && !application.personalData) {
    return condition(
      'privacy_checklist',
      true,
      {
        en: 'No personal data is used (as registered): the privacy checklist is not required.',
        zhHant: '按登記資料不使用個人資料：毋須填寫私隱清單。',
      },
      {
        en: 'If it starts using personal data, register that and complete the PCPD checklist.',
        zhHant: '如開始使用個人資料，請更新登記並填妥私隱專員公署清單。',
      },
    );
  }
  if (deployment?.privacyChecklist.complete) {
    return condition(
      'privacy_checklist',
      true,
      { en: 'The PCPD privacy checklist is complete.', zhHant: '私隱專員公署私隱清單已填妥。' },
      NOTHING_TO_DO,
    );
  }
  return condition(
    'privacy_checklist',
    false,
    {
      en: 'Personal data is used and the PCPD privacy checklist of the deployment assessment is not complete.',
      zhHant: '應用使用個人資料，但部署階段評估的私隱專員公署私隱清單尚未填妥。',
    },
    {
      en: 'Rate every privacy risk factor and answer every checklist item in the deployment assessment.',
      zhHant: '請在部署階段評估中為每項私隱風險因素評級，並回答清單每一項。',
    },
  );
}

function evaluationsPassed({ evaluations, bot, now }: GoLiveFacts): GoLiveCondition {
  if (!evaluations || !bot) {
    return condition(
      'evaluations_passed',
      true,
      {
        en: 'Not a LionRock bot: LionRock runs no evaluation of it; its testing is assessed in the assessment (Q9(ii), Q22, Q24, Q27).',
        zhHant: '並非 LionRock 機械人：LionRock 不會評測此應用；其測試在評估（Q9(ii)、Q22、Q24、Q27）中審視。',
      },
      NOTHING_TO_DO,
    );
  }
  const problems: { en: string; zhHant: string }[] = [];
  const names = evaluations.names;
  const name = (suiteId: string) => names?.get(suiteId) ?? { en: suiteId, zhHant: suiteId };
  for (const suiteId of evaluations.required) {
    const latest = evaluations.results.find((r) => r.suiteId === suiteId)?.latest ?? null;
    if (!latest) {
      problems.push({
        en: `${name(suiteId).en}: never run to the end`,
        zhHant: `${name(suiteId).zhHant}：從未完成評測`,
      });
      continue;
    }
    if (!latest.passed) {
      problems.push({
        en: `${name(suiteId).en}: failed (score ${latest.score}${latest.grade ? `, grade ${latest.grade}` : ''})`,
        zhHant: `${name(suiteId).zhHant}：未通過（分數 ${latest.score}${latest.grade ? `，等級 ${latest.grade}` : ''}）`,
      });
      continue;
    }
    const changed = evaluations.changedSince.get(latest.botVersion) ?? [];
    if (latest.botVersion !== bot.version && changed.length > 0) {
      problems.push({
        en: `${name(suiteId).en}: passed on version ${latest.botVersion}, but version ${bot.version} changed ${changed.map((key) => settingText(key).en).join(', ')}`,
        zhHant: `${name(suiteId).zhHant}：於第 ${latest.botVersion} 版通過，但第 ${bot.version} 版更改了${changed.map((key) => settingText(key).zhHant).join('、')}`,
      });
      continue;
    }
    const ageDays = (now.getTime() - latest.finishedAt.getTime()) / DAY_MS;
    if (ageDays > evaluations.maxAgeDays) {
      problems.push({
        en: `${name(suiteId).en}: last passed on ${day(latest.finishedAt)}, more than ${evaluations.maxAgeDays} days ago`,
        zhHant: `${name(suiteId).zhHant}：最後一次於 ${day(latest.finishedAt)} 通過，已超過 ${evaluations.maxAgeDays} 日`,
      });
    }
  }
  if (problems.length === 0) {
    return condition(
      'evaluations_passed',
      true,
      {
        en: `Passed within ${evaluations.maxAgeDays} days, for version ${bot.version} or a version with the same model, knowledge sources and guard settings: ${evaluations.required.map((id) => name(id).en).join(', ')}.`,
        zhHant: `於 ${evaluations.maxAgeDays} 日內通過（第 ${bot.version} 版，或模型、知識來源及防護設定相同的版本）：${evaluations.required.map((id) => name(id).zhHant).join('、')}。`,
      },
      {
        en: `Run them again within ${evaluations.maxAgeDays} days, and after any change of model, knowledge sources or guard settings.`,
        zhHant: `請於 ${evaluations.maxAgeDays} 日內，以及每次更改模型、知識來源或防護設定後重新評測。`,
      },
    );
  }
  return condition(
    'evaluations_passed',
    false,
    {
      en: `Required evaluations not passed for version ${bot.version}: ${problems.map((p) => p.en).join('; ')}.`,
      zhHant: `第 ${bot.version} 版未通過所需評測：${problems.map((p) => p.zhHant).join('；')}。`,
    },
    {
      en: `Run these suites against the bot (POST /api/v1/bots/${bot.id}/evaluations) and fix what fails.`,
      zhHant: `請對機械人執行這些評測（POST /api/v1/bots/${bot.id}/evaluations），並修正未通過之處。`,
    },
  );
}

function aiDisclosure({ bot, deploymentAnswers }: GoLiveFacts): GoLiveCondition {
  if (!bot)
    return byAnswer('ai_disclosure', deploymentAnswers, 'Q28', {
      en: 'people are told they deal with AI',
      zhHant: '告知公眾正與人工智能互動',
    });
  const missing = [
    ...(saysItIsAi.en(bot.disclosure.en) ? [] : ['en']),
    ...(saysItIsAi.zh(bot.disclosure.zh) ? [] : ['zh']),
  ];
  if (missing.length === 0) {
    return condition(
      'ai_disclosure',
      true,
      {
        en: `The bot tells people it is AI: "${bot.disclosure.en}"`,
        zhHant: `機械人告知公眾其為人工智能：「${bot.disclosure.zh}」`,
      },
      NOTHING_TO_DO,
    );
  }
  return condition(
    'ai_disclosure',
    false,
    {
      en: `The disclosure does not say the bot is AI (${missing.join(', ')}).`,
      zhHant: `披露聲明沒有說明機械人是人工智能（${missing.join('、')}）。`,
    },
    {
      en: 'Change the bot\'s disclosure to say, in English and Chinese, that people are talking to AI (e.g. "AI assistant", "人工智能").',
      zhHant: '請修改機械人的披露聲明，以中英文說明市民正與人工智能對話（例如「人工智能助手」、“AI assistant”）。',
    },
  );
}

function humanChannel({ bot, deploymentAnswers }: GoLiveFacts): GoLiveCondition {
  if (!bot)
    return byAnswer('human_channel', deploymentAnswers, 'Q29', {
      en: 'people can reach a human',
      zhHant: '公眾可聯絡真人',
    });
  const missing = [
    ...(offersHumanChannel(bot.fallback.en) ? [] : ['en']),
    ...(offersHumanChannel(bot.fallback.zh) ? [] : ['zh']),
  ];
  if (missing.length === 0) {
    return condition(
      'human_channel',
      true,
      {
        en: `The bot offers a human channel: "${bot.fallback.en}"`,
        zhHant: `機械人提供真人聯絡途徑：「${bot.fallback.zh}」`,
      },
      NOTHING_TO_DO,
    );
  }
  return condition(
    'human_channel',
    false,
    {
      en: `The fallback names no way to reach a person (${missing.join(', ')}).`,
      zhHant: `後備訊息沒有提供聯絡真人的途徑（${missing.join('、')}）。`,
    },
    {
      en: "Change the bot's fallback to give a phone number, e-mail or web address where a person answers, in English and Chinese.",
      zhHant: '請修改機械人的後備訊息，以中英文提供有真人接聽的電話、電郵或網址。',
    },
  );
}

/** An external application's disclosure and human channel, as its deployment assessment answers them. */
function byAnswer(
  id: 'ai_disclosure' | 'human_channel',
  answers: GoLiveFacts['deploymentAnswers'],
  questionId: string,
  what: LocalizedText,
): GoLiveCondition {
  const value = answers[questionId]?.value ?? null;
  const met = value === 'yes';
  return condition(
    id,
    met,
    {
      en: `The deployment assessment answers ${questionId} (${what.en}): ${value ?? 'unanswered'}.`,
      zhHant: `部署階段評估對 ${questionId}（${what.zhHant}）的答案：${value ?? '未作答'}。`,
    },
    met
      ? NOTHING_TO_DO
      : {
          en: `Make sure ${what.en}, and answer ${questionId} "yes" in the deployment assessment.`,
          zhHant: `請確保${what.zhHant}，並在部署階段評估中把 ${questionId} 答為「是」。`,
        },
  );
}

function noReassessmentDue({ reassessmentDue, nextReviewDue, now }: GoLiveFacts): GoLiveCondition {
  const overdue = nextReviewDue !== null && nextReviewDue.getTime() <= now.getTime();
  if (reassessmentDue.length === 0 && !overdue) {
    return condition(
      'no_reassessment_due',
      true,
      {
        en: nextReviewDue
          ? `No re-assessment is due; the next periodic review is due on ${day(nextReviewDue)}.`
          : 'No re-assessment is due.',
        zhHant: nextReviewDue ? `毋須重新評估；下次定期檢討日期為 ${day(nextReviewDue)}。` : '毋須重新評估。',
      },
      NOTHING_TO_DO,
    );
  }
  const reasons = reassessmentDue.map((r) => r.reason);
  if (overdue && nextReviewDue) reasons.push(`periodic review overdue since ${day(nextReviewDue)}`);
  return condition(
    'no_reassessment_due',
    false,
    {
      en: `Re-assessment is due: ${reasons.join('; ')}.`,
      zhHant: `須重新評估（${reassessmentDue.length + (overdue ? 1 : 0)} 項）：${reasons.join('；')}。`,
    },
    {
      en: 'Assess the application again (a new deployment-stage assessment) and have it endorsed: completion closes these flags.',
      zhHant: '請重新評估應用（新的部署階段評估）並取得背書：完成後會關閉這些標記。',
    },
  );
}
