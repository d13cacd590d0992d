import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { eq } from 'drizzle-orm';
import {
  CLI_PRINCIPAL,
  createUser,
  DEMO_DEPARTMENT_CODE,
  type Principal,
  type ServiceContext,
} from '../access/index.ts';
import { extractCkanSnapshot, extractSource, importIntoKnowledge, reviewVersion } from '../knowledge/index.ts';
import { bots, type Db, departments, users } from '../store/index.ts';
import type { BotConfigInput } from './bot-config.ts';
import { createBot, publishBot } from './bots.ts';

const DEMO_FOLDER = new URL('./demo/', import.meta.url);

/**
 * Every demo bot says who it is, that it is AI (GenAI guideline, limited-risk tier), where its answers
 * come from, and that it is a LionRock demo: the persona names are those of real government bots.
 */
const disclosure = (zh: string, en: string) => ({
  zh: `你正在與「${zh}」對話：這是 LionRock 的人工智能示範助手，不是政府人員，亦非官方服務。答案來自已審批的常見問題並附來源，以官方網頁為準。`,
  en: `You are chatting with ${en}, a LionRock AI demo assistant: not a government officer and not the official service. Answers come from approved FAQs and cite their sources; the official pages prevail.`,
});

/**
 * The demo bots, one per citizen bot the seeds name (Bonny, 一一, Genie, 單窗俠, 小慧): stable ids
 * that scripts use, published, answerable by anyone (rate-limited). `fallback` is the human channel.
 */
export const DEMO_BOTS: { id: string; file: string; config: BotConfigInput }[] = [
  {
    id: 'demo-1823',
    file: 'faq-1823.jsonl',
    config: {
      name: { zh: '一一（1823 熱線示範助手）', en: 'Yat Yat 一一 (1823 demo assistant)' },
      greeting: {
        zh: '你好，我係一一！我可以解答有關 1823 政府熱線的問題。',
        en: 'Hello, I am Yat Yat! I can answer questions about the 1823 government hotline.',
      },
      disclosure: disclosure('一一', 'Yat Yat'),
      fallback: {
        zh: '如需真人協助，請致電 1823（24 小時），或經 1823 網頁 www.1823.gov.hk 聯絡。',
        en: 'For help from a person, call 1823 (24 hours) or contact 1823 through www.1823.gov.hk.',
      },
    },
  },
  {
    id: 'demo-dog-licence',
    file: 'faq-dog-licence.jsonl',
    config: {
      name: { zh: 'Genie（狗隻牌照示範助手）', en: 'Genie (dog licence demo assistant)' },
      greeting: {
        zh: '你好，我係 Genie！有關狗隻牌照、狂犬病疫苗及晶片的問題，歡迎發問。',
        en: 'Hello, I am Genie! Ask me about dog licences, rabies vaccination and microchips.',
      },
      disclosure: disclosure('Genie', 'Genie'),
      fallback: {
        zh: '如需真人協助，請致電 1823 或聯絡漁農自然護理署。',
        en: 'For help from a person, call 1823 or contact the Agriculture, Fisheries and Conservation Department.',
      },
    },
  },
  {
    id: 'demo-forms',
    file: 'faq-forms.jsonl',
    config: {
      name: { zh: 'Bonny（政府表格示範助手）', en: 'Bonny (government forms demo assistant)' },
      greeting: {
        zh: '你好，我係 Bonny！我可以幫你搵政府表格。',
        en: 'Hello, I am Bonny! I can help you find government forms.',
      },
      disclosure: disclosure('Bonny', 'Bonny'),
      fallback: {
        zh: '如需真人協助，請致電 1823，或聯絡負責該表格的部門。',
        en: 'For help from a person, call 1823 or contact the department that issues the form.',
      },
    },
  },
  {
    id: 'demo-trade-single-window',
    file: 'faq-trade-single-window.jsonl',
    config: {
      name: {
        zh: '單窗俠（貿易單一窗口示範助手）',
        en: 'Single Window Hero 單窗俠 (Trade Single Window demo assistant)',
      },
      greeting: {
        zh: '你好，我係單窗俠！有關貿易單一窗口的登記、文件及收費，歡迎發問。',
        en: 'Hello, I am Single Window Hero! Ask me about the Trade Single Window: registration, documents and fees.',
      },
      disclosure: disclosure('單窗俠', 'Single Window Hero'),
      fallback: {
        zh: '如需真人協助，請致電貿易單一窗口熱線 2117 3348，或瀏覽 www.tradesinglewindow.hk。',
        en: 'For help from a person, call the Trade Single Window hotline 2117 3348 or visit www.tradesinglewindow.hk.',
      },
    },
  },
  {
    id: 'demo-customs',
    file: 'faq-customs.jsonl',
    config: {
      name: { zh: '小慧（香港海關示範助手）', en: 'Siu Wai 小慧 (Customs and Excise demo assistant)' },
      greeting: {
        zh: '你好，我係小慧！有關旅客免稅額、申報現金、禁運物品及舉報走私的問題，歡迎發問。',
        en: 'Hello, I am Siu Wai! Ask me about duty-free allowances, declaring cash, prohibited items and reporting smuggling.',
      },
      disclosure: disclosure('小慧', 'Siu Wai'),
      fallback: {
        zh: '如需真人協助，請致電香港海關查詢熱線 2815 7711；舉報罪案請致電 24 小時熱線 2545 6182。',
        en: 'For help from a person, call the Customs enquiry line 2815 7711; to report a crime, call the 24-hour hotline 2545 6182.',
      },
    },
  },
];

const cli: ServiceContext = { principal: CLI_PRINCIPAL, requestId: 'seed' };

/**
 * Seeds the demo bots into the demo department: imports their FAQ files (written by us, citing
 * the public pages they paraphrase), has a demo approver publish them (maker-checker holds even
 * here), and publishes the bots. Does nothing for bots that already exist.
 */
export async function seedDemoBots(db: Db): Promise<string[]> {
  const [department] = await db.select().from(departments).where(eq(departments.code, DEMO_DEPARTMENT_CODE));
  if (!department) return [];
  const created: string[] = [];
  let approver: Principal | undefined;
  for (const spec of DEMO_BOTS) {
    const [exists] = await db.select({ id: bots.id }).from(bots).where(eq(bots.id, spec.id));
    if (exists) continue;
    // The bot first: knowledge can only be imported for a bot that exists.
    await createBot(db, cli, { id: spec.id, departmentId: department.id, config: spec.config });
    const bytes = await readFile(fileURLToPath(new URL(spec.file, DEMO_FOLDER)));
    const content = await extractSource({ type: 'file', file: { fileName: `${spec.id}-${spec.file}`, bytes } });
    const imported = await importIntoKnowledge(db, cli, content, {
      departmentId: department.id,
      botId: spec.id,
      title: spec.config.name.en,
    });
    approver ??= await demoApprover(db, department.id);
    await reviewVersion(db, { principal: approver, requestId: 'seed' }, imported.version.id, {
      approve: true,
      override: { reason: DEMO_OVERRIDE },
    });
    await publishBot(db, cli, spec.id);
    created.push(spec.id);
  }
  await seedDemoCatalogue(db, department.id, () => demoApprover(db, department.id));
  return created;
}

/**
 * The demo open-data catalogue: a DATA.GOV.HK `package_search` snapshot kept in the repo (no network at
 * run time; see demo/README.md for its source and attribution), imported through the CKAN importer
 * for the 1823 bot (citizens ask 1823 where to find government data) and published by the demo
 * approver. Importing is idempotent: an unchanged snapshot writes nothing; a changed one is published.
 */
export const DEMO_CATALOGUE = {
  botId: 'demo-1823',
  file: 'datagovhk-catalogue-en.json',
  baseUrl: 'https://data.gov.hk/en-data',
  origin: 'lionrock-demo:datagovhk-catalogue-en.json',
  title: 'DATA.GOV.HK open data catalogue (demo snapshot)',
} as const;

async function seedDemoCatalogue(db: Db, departmentId: string, approver: () => Promise<Principal>): Promise<void> {
  const [bot] = await db.select({ id: bots.id }).from(bots).where(eq(bots.id, DEMO_CATALOGUE.botId));
  if (!bot) return;
  const json: unknown = JSON.parse(await readFile(fileURLToPath(new URL(DEMO_CATALOGUE.file, DEMO_FOLDER)), 'utf8'));
  const imported = await importIntoKnowledge(db, cli, extractCkanSnapshot(json, DEMO_CATALOGUE), {
    departmentId,
    botId: DEMO_CATALOGUE.botId,
    title: DEMO_CATALOGUE.title,
  });
  if (imported.outcome === 'unchanged' && imported.version.status !== 'draft') return;
  await reviewVersion(db, { principal: await approver(), requestId: 'seed' }, imported.version.id, {
    approve: true,
    override: { reason: DEMO_OVERRIDE },
  });
}

/** Recorded (and audited) only when the demo files have import findings. */
const DEMO_OVERRIDE =
  'Demo content written by the LionRock team from public pages; its findings (department and place names, public ' +
  'hotlines and enquiry addresses read as personal data) were reviewed ／ 示範內容由 LionRock 團隊根據公開網頁撰寫，' +
  '匯入檢查結果（部門及地方名稱、公開熱線及查詢電郵被視為個人資料）已覆核';

async function demoApprover(db: Db, departmentId: string): Promise<Principal> {
  const email = 'demo.approver@lionrock.invalid';
  let [user] = await db.select().from(users).where(eq(users.email, email));
  user ??= await createUser(db, cli, {
    departmentId,
    displayName: 'Demo Approver 示範審批員',
    email,
    roles: ['approver'],
  });
  return { id: user.id, roles: user.roles, departmentId: user.departmentId, keyId: null };
}
