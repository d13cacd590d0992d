import { sentences } from '../../core/index.ts';
import type {
  AiApplicationModel,
  AiApplicationStatus,
  AiApplicationType,
  StoredBilingual,
  TransparencyNoticeContent,
} from '../../store/index.ts';
import { APPLICATION_TYPE_LABELS } from '../registry/index.ts';

/** What a notice is modelled on; its fields follow the standard's tier 1 and tier 2 headings. */
export const MODELLED_ON =
  'UK Algorithmic Transparency Recording Standard (ATRS) 3.0, tier 1 and tier 2 fields, adapted for Hong Kong';

/** The human oversight the PCPD risk level asks for (docs/governance.md, "PCPD oversight levels"). */
export type OversightMode = 'in-the-loop' | 'in-command' | 'out-of-the-loop';

/**
 * Everything a notice is derived from, read from the registry, the assessment workflow, the
 * evaluations and the bot's published version (`notice-facts.ts`). Pure data: the notice is a
 * function of it, so what the public reads can be tested without a database.
 */
export interface NoticeFacts {
  application: {
    id: string;
    botId: string | null;
    type: AiApplicationType;
    status: AiApplicationStatus;
    name: StoredBilingual;
    purpose: StoredBilingual;
    publicFacing: boolean;
    generative: boolean;
    personalData: boolean;
    personalDataKinds: readonly string[];
    dataSources: readonly string[];
    models: readonly AiApplicationModel[];
    impact: 'low' | 'high' | null;
    tier: 'unacceptable' | 'high' | 'limited' | 'low' | null;
    riskLevel: 'low' | 'medium' | 'high' | null;
  };
  department: { code: string; name: StoredBilingual };
  /** The bot's published answer mode and model, and its fallback (how the bot itself offers a person). */
  bot: {
    answerMode: 'extractive' | 'generative';
    model: AiApplicationModel | null;
    fallback: StoredBilingual;
  } | null;
  /**
   * The models the providers reported answering the bot's calls (the gateway's metering, as the AI
   * bill of materials records them), one per provider and reported model, with when last seen.
   */
  reportedModels: readonly { provider: string; model: string; lastSeen: Date }[];
  /** The latest completed assessment stage. */
  lastAssessment: { stage: string; completedAt: Date; oversight: OversightMode | null } | null;
  /** The latest finished run of each required suite. */
  evaluations: readonly {
    suiteId: string;
    /** The suite's name in both languages, as the public reads it. */
    name: StoredBilingual;
    passed: boolean;
    score: number;
    grade: string | null;
    finishedAt: Date;
  }[];
  /** The officers' words and which version they are. */
  content: TransparencyNoticeContent;
  version: number;
  publishedAt: Date | null;
}

/** The notice as the public reads it (its JSON twin is exactly this). */
export interface TransparencyNotice {
  modelledOn: string;
  applicationId: string;
  botId: string | null;
  name: StoredBilingual;
  type: { id: AiApplicationType; label: StoredBilingual };
  status: AiApplicationStatus;
  ownerDepartment: { code: string; name: StoredBilingual };
  /** ATRS tier 1: what the tool does. */
  whatItDoes: StoredBilingual;
  /** ATRS tier 1: what it does not do (officer-written). */
  whatItDoesNotDo: StoredBilingual;
  /** ATRS tier 2: how the tool works. */
  howItWorks: StoredBilingual;
  /** ATRS tier 2: the models it uses (none for an extractive bot). */
  models: AiApplicationModel[];
  /**
   * ATRS tier 2, model identity: the models the providers say answered its calls (what a provider
   * serves under a requested name can change), latest seen first; empty before any model call.
   */
  reportedModels: { provider: string; model: string; lastSeen: string }[];
  /** ATRS tier 2: data used. */
  data: { sources: string[]; personalData: boolean; personalDataKinds: string[]; description: StoredBilingual };
  /** ATRS tier 2: human decisions and oversight. */
  humanOversight: { mode: OversightMode | null; description: StoredBilingual };
  /** ATRS tier 1: how to reach a person. */
  reachAPerson: StoredBilingual;
  /** ATRS tier 1: how to complain or appeal (officer-written). */
  complaints: StoredBilingual;
  /** ATRS tier 2: risks, as this government's frameworks rate them. */
  risk: {
    impact: 'low' | 'high' | null;
    tier: 'unacceptable' | 'high' | 'limited' | 'low' | null;
    level: 'low' | 'medium' | 'high' | null;
    description: StoredBilingual;
  };
  lastAssessment: { stage: string; completedAt: string } | null;
  lastEvaluation: {
    finishedAt: string;
    suites: {
      suiteId: string;
      name: StoredBilingual;
      passed: boolean;
      score: number;
      grade: string | null;
      finishedAt: string;
    }[];
  } | null;
  notice: { version: number; publishedAt: string | null };
}

const OVERSIGHT: Record<OversightMode, StoredBilingual> = {
  'in-the-loop': {
    en: 'Human in the loop: an officer reviews and decides before anything the AI produces takes effect.',
    zhHant: '人在環內：人工智能的輸出生效前，由人員審閱並作出決定。',
  },
  'in-command': {
    en: 'Human in command: officers oversee the AI, check its answers regularly and can step in or stop it at any time.',
    zhHant: '人在指揮：人員監督人工智能、定期檢查其回答，並可隨時介入或停用。',
  },
  'out-of-the-loop': {
    en: 'Human out of the loop: the AI answers on its own within limits officers set; officers monitor it and handle every request for a person.',
    zhHant: '人在環外：人工智能在人員設定的範圍內自行回答；人員負責監察，並處理所有轉交人員的要求。',
  },
};

const NO_OVERSIGHT_DERIVED: StoredBilingual = {
  en: 'No personal data is used, so the privacy assessment that sets the oversight level does not apply; officers monitor the application.',
  zhHant: '此應用不使用個人資料，故不適用釐定監督程度的私隱評估；由人員監察此應用。',
};

const TIER: Record<'unacceptable' | 'high' | 'limited' | 'low', StoredBilingual> = {
  unacceptable: { en: 'unacceptable risk (never goes live)', zhHant: '不可接受風險（不得上線）' },
  high: {
    en: 'high risk: conformity assessment and human oversight required',
    zhHant: '高風險：須進行合規評估及人為監督',
  },
  limited: {
    en: 'limited risk: people are told they are dealing with an AI',
    zhHant: '有限風險：須告知使用者正與人工智能互動',
  },
  low: { en: 'low risk', zhHant: '低風險' },
};
const LEVEL: Record<'low' | 'medium' | 'high', StoredBilingual> = {
  low: { en: 'low', zhHant: '低' },
  medium: { en: 'medium', zhHant: '中' },
  high: { en: 'high', zhHant: '高' },
};
const IMPACT: Record<'low' | 'high', StoredBilingual> = {
  low: { en: 'low impact', zhHant: '低影響' },
  high: { en: 'high impact', zhHant: '高影響' },
};

const iso = (d: Date) => d.toISOString();

/**
 * Builds the public notice from what the registry, the assessment and the evaluations say, with
 * the officers' words for the parts only a person can write.
 *
 * @example const notice = buildNotice(await noticeFacts(db, application, published));
 */
export function buildNotice(facts: NoticeFacts): TransparencyNotice {
  const { application: app, content } = facts;
  const latestRun = [...facts.evaluations].sort((a, b) => b.finishedAt.getTime() - a.finishedAt.getTime())[0];
  const oversight = facts.lastAssessment?.oversight ?? null;
  return {
    modelledOn: MODELLED_ON,
    applicationId: app.id,
    botId: app.botId,
    name: app.name,
    type: {
      id: app.type,
      label: { en: APPLICATION_TYPE_LABELS[app.type].en, zhHant: APPLICATION_TYPE_LABELS[app.type].zhHant },
    },
    status: app.status,
    ownerDepartment: facts.department,
    whatItDoes: app.purpose,
    whatItDoesNotDo: content.doesNotDo,
    howItWorks: howItWorks(facts),
    models: modelsOf(facts),
    reportedModels: [...facts.reportedModels]
      .sort((a, b) => b.lastSeen.getTime() - a.lastSeen.getTime())
      .map((m) => ({ provider: m.provider, model: m.model, lastSeen: iso(m.lastSeen) })),
    data: {
      sources: [...app.dataSources],
      personalData: app.personalData,
      personalDataKinds: [...app.personalDataKinds],
      description: dataDescription(facts),
    },
    humanOversight: { mode: oversight, description: oversight ? OVERSIGHT[oversight] : NO_OVERSIGHT_DERIVED },
    reachAPerson: reachAPerson(facts),
    complaints: content.complaints,
    risk: {
      impact: app.impact,
      tier: app.tier,
      level: app.riskLevel,
      description: riskDescription(facts),
    },
    lastAssessment: facts.lastAssessment
      ? { stage: facts.lastAssessment.stage, completedAt: iso(facts.lastAssessment.completedAt) }
      : null,
    lastEvaluation: latestRun
      ? {
          finishedAt: iso(latestRun.finishedAt),
          suites: facts.evaluations.map((e) => ({ ...e, finishedAt: iso(e.finishedAt) })),
        }
      : null,
    notice: { version: facts.version, publishedAt: facts.publishedAt ? iso(facts.publishedAt) : null },
  };
}

function modelsOf({ application, bot }: NoticeFacts): AiApplicationModel[] {
  if (bot) return bot.answerMode === 'generative' && bot.model ? [bot.model] : [];
  return [...application.models];
}

function howItWorks({ application, bot }: NoticeFacts): StoredBilingual {
  if (bot?.answerMode === 'extractive') {
    return {
      en: 'It finds the approved answer that best matches your question and quotes it with its source. It does not use a generative language model: every answer is text officers approved. A guard checks each question and answer for attacks and personal data.',
      zhHant:
        '它會找出與你的問題最相符的已核准答案，並連同來源引述。它不使用生成式語言模型：每個回答都是人員核准的文字。防護機制會檢查每條問題及回答，防範攻擊及個人資料外洩。',
    };
  }
  if (bot) {
    const model = bot.model ? `${bot.model.provider} ${bot.model.model}` : '';
    return {
      en: `It finds approved passages that match your question and a language model (${model}) writes the answer from them, citing its sources. A guard checks each question and answer for attacks, personal data and statements the sources do not support.`,
      zhHant: `它會找出與你的問題相符的已核准段落，再由語言模型（${model}）根據這些段落撰寫回答並註明來源。防護機制會檢查每條問題及回答，防範攻擊、個人資料外洩及來源未能支持的內容。`,
    };
  }
  return application.generative
    ? {
        en: 'It uses a generative AI model; the models are listed below.',
        zhHant: '它使用生成式人工智能模型；所用模型列於下文。',
      }
    : {
        en: `Kind of system: ${APPLICATION_TYPE_LABELS[application.type].en}. It does not generate text.`,
        zhHant: `系統類型：${APPLICATION_TYPE_LABELS[application.type].zhHant}。它不會生成文字。`,
      };
}

/**
 * What data it uses: the officers' words where written (both languages), else the register's
 * sources and personal-data kinds as entered. Whether it uses personal data is always said from the
 * register, so the officers' words cannot leave it out.
 */
function dataDescription({ application, content }: NoticeFacts): StoredBilingual {
  if (content.dataUsed) {
    const personal = application.personalData
      ? { en: 'It uses personal data.', zhHant: '它使用個人資料。' }
      : { en: 'It does not use personal data.', zhHant: '它不使用個人資料。' };
    return {
      en: sentences('en', content.dataUsed.en, personal.en),
      zhHant: sentences('zh-Hant', content.dataUsed.zhHant, personal.zhHant),
    };
  }
  const sources = application.dataSources.join('; ');
  if (!application.personalData) {
    return {
      en: `${sources ? `Data used: ${sources}. ` : ''}It does not use personal data.`,
      zhHant: `${sources ? `所用資料：${sources}。` : ''}它不使用個人資料。`,
    };
  }
  const kinds = application.personalDataKinds.join('; ') || '—';
  return {
    en: `${sources ? `Data used: ${sources}. ` : ''}Personal data: ${kinds}.`,
    zhHant: `${sources ? `所用資料：${sources}。` : ''}個人資料：${kinds}。`,
  };
}

function reachAPerson({ bot, content }: NoticeFacts): StoredBilingual {
  const parts = [bot?.fallback, content.contact].filter((p): p is StoredBilingual => !!p && !!(p.en || p.zhHant));
  if (!parts.length) return { en: 'Contact the owner department.', zhHant: '請聯絡負責部門。' };
  return {
    en: sentences('en', ...parts.map((p) => p.en)),
    zhHant: sentences('zh-Hant', ...parts.map((p) => p.zhHant)),
  };
}

function riskDescription({ application }: NoticeFacts): StoredBilingual {
  if (!application.tier && !application.impact) {
    return { en: 'Not yet assessed.', zhHant: '尚未評估。' };
  }
  const words = (lang: keyof StoredBilingual) =>
    [
      application.impact ? IMPACT[application.impact][lang] : null,
      application.tier ? TIER[application.tier][lang] : null,
      application.riskLevel
        ? `${lang === 'en' ? 'overall risk: ' : '整體風險：'}${LEVEL[application.riskLevel][lang]}`
        : null,
    ]
      .filter(Boolean)
      .join(lang === 'en' ? '; ' : '；');
  return { en: `${words('en')}.`, zhHant: `${words('zhHant')}。` };
}
