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
import { extractSource, importIntoKnowledge, reviewVersion } from '../knowledge/index.ts';
import { bots, type Db, departments, users } from '../store/index.ts';
import type { BotConfigInput } from './bot-config.ts';
import { createBot, publishBot } from './bots.ts';

const DEMO_FOLDER = new URL('./demo/', import.meta.url);

/** Every demo bot tells citizens the same: they are talking to AI, answering from approved FAQs. */
const DISCLOSURE = {
  zh: '你正在與人工智能助手對話，答案來自已審批的常見問題，並附來源。',
  en: 'You are chatting with an AI assistant. Answers come from approved FAQs and cite their sources.',
};

/** The demo bots: stable ids, published, answerable by anyone (rate-limited). */
export const DEMO_BOTS: { id: string; file: string; config: BotConfigInput }[] = [
  {
    id: 'demo-1823',
    file: 'faq-1823.jsonl',
    config: {
      name: { zh: '一一（1823 示範）', en: '1823 demo assistant' },
      greeting: {
        zh: '你好！我可以解答有關 1823 政府熱線的問題。',
        en: 'Hello! I can answer questions about the 1823 government hotline.',
      },
      disclosure: DISCLOSURE,
      fallback: { zh: '如需協助，請致電 1823（24 小時）。', en: 'For help, call 1823 (24 hours).' },
    },
  },
  {
    id: 'demo-dog-licence',
    file: 'faq-dog-licence.jsonl',
    config: {
      name: { zh: '狗隻牌照示範助手', en: 'Dog licence demo assistant' },
      greeting: {
        zh: '你好！有關狗隻牌照、狂犬病疫苗及晶片的問題，歡迎發問。',
        en: 'Hello! Ask me about dog licences, rabies vaccination and microchips.',
      },
      disclosure: DISCLOSURE,
      fallback: {
        zh: '如需協助，請致電 1823 或聯絡漁農自然護理署。',
        en: 'For help, call 1823 or contact the Agriculture, Fisheries and Conservation Department.',
      },
    },
  },
  {
    id: 'demo-forms',
    file: 'faq-forms.jsonl',
    config: {
      name: { zh: '政府表格示範助手', en: 'Government forms demo assistant' },
      greeting: { zh: '你好！我可以幫你找政府表格。', en: 'Hello! I can help you find government forms.' },
      disclosure: DISCLOSURE,
      fallback: { zh: '如需協助，請致電 1823。', en: 'For help, call 1823.' },
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
  return created;
}

/** Recorded (and audited) only when the demo files have import findings. */
const DEMO_OVERRIDE =
  'Demo content written by the LionRock team from public pages; its findings (department and place names read as ' +
  'personal data) were reviewed ／ 示範內容由 LionRock 團隊根據公開網頁撰寫，匯入檢查結果（部門及地方名稱被視為個人資料）已覆核';

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
