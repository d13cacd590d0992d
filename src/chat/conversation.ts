import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Actor, AuditBatchEntry } from '../audit/index.ts';
import { AppError, notFound, sentences } from '../core/index.ts';
import {
  checkGrounding,
  defaultInjectionModel,
  detectPii,
  evaluatePolicy,
  type GuardIssue,
  loadBlocklist,
  redact,
  type Stage,
} from '../guard/index.ts';
import type { KnowledgeHit, KnowledgeIndex } from '../knowledge/index.ts';
import { chatSessions, type Db } from '../store/index.ts';
import { type BotVersion, loadBot } from './bots.ts';
import { botGuardPolicy } from './bot-policy.ts';
import type { ChatCaches } from './chat-caches.ts';
import type { TurnLog } from './turn-log.ts';
import { type ChatModel, generativeMessages } from './chat-model.ts';
import { type Citation, citationOf, composeExtractive, toScript } from './compose-answer.ts';
import { contextGuard } from './context-guard.ts';
import { excerptOf } from './excerpt.ts';
import { classifyIntent } from './conversation-intent.ts';
import { type ContactBox, contactIn, sealContact } from './handoff-contact.ts';
import { departmentSlaHours, type HandoffReason, prepareHandoff } from './handoffs.ts';
import { pick, type ReplyLanguage, replyLanguage } from './reply-language.ts';
import { searchWithoutTheAsker } from './without-the-asker.ts';
import type { SourceConsent } from './source-consent.ts';
import { nextTurnInstant } from './turn-clock.ts';

export interface AskInput {
  botId: string;
  question: string;
  sessionId?: string | undefined;
  /**
   * The conversation's earlier questions, oldest first, for a client that resends the conversation
   * instead of naming a session (OpenAI's `messages`): read into the context a session would hold.
   */
  history?: readonly string[] | undefined;
  language?: ReplyLanguage | undefined;
  /** The caller: a keyed user, or an anonymous citizen (recorded as `public`). */
  actor: Actor | null;
  requestId: string | null;
  /** The citizen accepts the offer of a person (after a fallback), or asks for one outright. */
  acceptHandoff?: boolean | undefined;
  /** A phone number or e-mail for a callback, given when accepting the handoff (kept encrypted). */
  contact?: string | undefined;
  /**
   * An editor's preview: answers from the bot's latest (draft) configuration over published
   * knowledge, in a conversation of one question, and records nothing (no turn, case or audit entry).
   */
  preview?: boolean | undefined;
}

/**
 * `small_talk`: a greeting or thanks, answered kindly; `handoff`: a case opened because the citizen
 * asked for a person or accepted the offer; `background`: a chat front end's own request (a title
 * for its history), answered with the bot's name and recorded nowhere.
 */
export const ASK_OUTCOMES = ['answered', 'fallback', 'blocked', 'small_talk', 'handoff', 'background'] as const;
export type AskOutcome = (typeof ASK_OUTCOMES)[number];

export interface AskResult {
  sessionId: string;
  messageId: string;
  answer: string;
  language: ReplyLanguage;
  outcome: AskOutcome;
  confidence: number;
  citations: Citation[];
  /** A case just opened: its reference and the check code, shown this once (only a hash is kept). */
  handoff: { reference: string; checkCode: string } | null;
  /** Only for a preview: what the editor needs to judge the draft. */
  inspection?: PreviewInspection;
}

/** A guard finding with the stage that raised it (input, context = a retrieved passage, output). */
export type StagedIssue = GuardIssue & { stage: Stage };

/** How a preview's answer came about: the passages retrieval found (best first) and every guard finding. */
export interface PreviewInspection {
  passages: Array<{ sourceId: string; entryId: string; title: string; excerpt: string; confidence: number }>;
  guard: Array<Pick<StagedIssue, 'stage' | 'code' | 'action' | 'reasons' | 'reasonTexts'>>;
}

export interface ConversationDeps {
  db: Db;
  index: KnowledgeIndex;
  /** The model gateway; generative bots cannot answer without one. */
  model: ChatModel | null;
  caches: ChatCaches;
  /** Where answered turns are written in batches. */
  turns: TurnLog;
  /** Encrypts callback details at rest (the gateway's secret box); none: contacts are refused. */
  contacts?: ContactBox | null | undefined;
  /** Checks sources built on another department's dataset against a live consent; none: no such check. */
  sourceConsent?: SourceConsent | undefined;
}

/** Who an anonymous citizen is in the audit trail. */
export const PUBLIC_ACTOR: Actor = { id: 'public', roles: ['public'], departmentId: null };
const FOLLOW_UP =
  /\b(it|this|that|they|them|those|how much|what about)\b|佢|呢個|嗰個|呢啲|嗰啲|咁|那個|這個|它|幾錢|幾多錢|點搞/i;

/**
 * One turn of a conversation: guard the question, find approved knowledge (taking the previous
 * topic into account for follow-ups), answer extractively or through the model with citations,
 * guard the answer, and — when the bot cannot answer or the guard blocks — say so, offer the
 * human channel and open a handoff case.
 */
export async function ask(deps: ConversationDeps, input: AskInput): Promise<AskResult> {
  const view = await deps.caches.bots.get(input.botId, () => loadBot(deps.db, input.botId));
  const bot = input.preview ? view?.latest : view?.published;
  if (!view || !bot) throw notFound('Bot');
  const config = bot.config;
  const departmentId = view.bot.departmentId;
  const typed = contactIn(input.question);
  const said = classifyIntent(input.question);
  // "好，9123 4567": a yes with a callback number is still a yes.
  const intent = said.kind === 'question' && typed.contact ? classifyIntent(typed.rest, { leadingYes: true }) : said;
  if (intent.kind === 'background' && !input.acceptHandoff) return background(input, config);
  const session = await loadSession(deps, input.sessionId, input.botId);

  const policy = await botGuardPolicy(deps.db, deps.caches, departmentId, input.botId, config.guardPolicy);
  const blocklist = await deps.caches.blocklist.get('all', () => loadBlocklist(deps.db));
  const injectionModel = defaultInjectionModel();
  const inputVerdict = evaluatePolicy(policy, 'input', input.question, { model: injectionModel, blocklist });
  const search = await searchWithoutTheAsker(deps.index, input.question, searchOptions(departmentId, bot));
  const language = replyLanguage(search.language, input.language, config.languages);
  // A client that resends the conversation instead of naming a session (OpenAI's `messages`).
  if (!input.sessionId && input.history?.length) {
    session.context = await contextFromHistory(deps, input.history, departmentId, bot);
  }

  let outcome: AskOutcome;
  let answer: string;
  let citations: Citation[] = [];
  let confidence = 0;
  let topic: { entryId: string; question: string } | null = null;
  const guardIssues: StagedIssue[] = inputVerdict.issues.map((issue) => ({ ...issue, stage: 'input' as const }));
  let retrieved: KnowledgeHit[] = [];
  const offer = session.context.offer;
  let opening: TurnRecord['opening'] = null;
  if (!inputVerdict.ok) {
    // An attack is a guard event (audited below), never a case for staff.
    outcome = 'blocked';
    answer = cannotAnswer(config, language, true);
  } else if (
    input.acceptHandoff === true ||
    intent.kind === 'ask_human' ||
    (intent.kind === 'yes' && offer !== undefined)
  ) {
    outcome = 'handoff';
    answer = handedOver(language);
    opening = {
      question: offer?.question ?? session.context.asked ?? null,
      reason: offer ? 'accepted_offer' : 'citizen_request',
      slaHours: await departmentSlaHours(deps.db, departmentId),
      // Sealed before anything is written: without a secret the citizen is told, not silently ignored.
      contactEncrypted: sealContact(deps.contacts ?? null, input.contact ?? typed.contact),
    };
  } else if (intent.kind === 'small_talk') {
    outcome = 'small_talk';
    answer = smallTalk(config, intent.reply, intent.topic, language);
  } else {
    // The policy's context stage: no retrieved passage it blocks is quoted or given to a model.
    const context = contextGuard(policy, { model: injectionModel, blocklist }, deps.caches.contextVerdicts);
    const hits = context.filter(
      await consentedOnly(
        deps,
        input,
        departmentId,
        (await followUp(deps.index, search.question, search.hits, session.context.topic, departmentId, bot)).filter(
          (hit) => (config.sourceIds.length ? config.sourceIds.includes(hit.chunk.sourceId) : true),
        ),
      ),
    );
    guardIssues.push(...context.issues.map((issue) => ({ ...issue, stage: 'context' as const })));
    retrieved = hits;
    const top = hits[0];
    if (!top || top.confidence < config.threshold) {
      outcome = 'fallback';
      answer = cannotAnswer(config, language, false);
      confidence = top?.confidence ?? 0;
    } else {
      const extractive = () => composeExtractive(hits, language, (id) => context.passage(deps.index.chunk(id)));
      const composed =
        config.answerMode === 'generative'
          ? await generate(deps, bot, departmentId, input, hits, language).catch((error: unknown) => {
              // The model is unreachable, over quota or not allowed: the gateway has recorded why;
              // the citizen still gets the approved answer, quoted.
              if (error instanceof AppError && error.status !== 400) return extractive();
              throw error;
            })
          : extractive();
      if (!composed) {
        outcome = 'fallback';
        answer = cannotAnswer(config, language, false);
      } else {
        // An extractive answer is its source, quoted: only a model's answer needs grounding, and a
        // quoted answer's verdict is the same every time it is given.
        // The cited sources are approved text: the department's own contact details in them are
        // served as approved; only what the model or the conversation added is masked.
        const passages = composed.citations.map((c) => deps.index.chunk(c.entryId)?.text ?? c.excerpt);
        const approvedSources = passages.map((text) => toScript(text, language));
        const outputVerdict =
          config.answerMode === 'generative'
            ? evaluatePolicy(policy, 'output', composed.answer, {
                model: injectionModel,
                blocklist,
                passages,
                approvedSources,
              })
            : deps.caches.quotedVerdicts.get(policy, composed.answer, blocklist, () =>
                evaluatePolicy(policy, 'output', composed.answer, {
                  model: injectionModel,
                  blocklist,
                  approvedSources,
                }),
              );
        guardIssues.push(...outputVerdict.issues.map((issue) => ({ ...issue, stage: 'output' as const })));
        if (!outputVerdict.ok) {
          outcome = 'blocked';
          answer = cannotAnswer(config, language, true);
        } else {
          outcome = 'answered';
          answer = outputVerdict.text;
          citations = composed.citations;
          confidence = composed.confidence;
          topic = {
            entryId: composed.entry.entryId,
            question: composed.entry.question || composed.entry.headingPath.join(' '),
          };
        }
      }
    }
  }
  return record(deps, {
    input,
    view: { botId: input.botId, departmentId, version: bot.version },
    session,
    language,
    outcome,
    answer,
    citations,
    confidence,
    topic,
    guardIssues,
    retrieved,
    opening,
  });
}

/**
 * The hits whose source the department may use now: a source built on another department's
 * dataset without a live consent is left out at once (the check reads the consents every turn).
 */
async function consentedOnly(
  deps: ConversationDeps,
  input: AskInput,
  departmentId: string,
  hits: KnowledgeHit[],
): Promise<KnowledgeHit[]> {
  if (!deps.sourceConsent || !hits.length) return hits;
  const refused = await deps.sourceConsent.refused({
    departmentId,
    botId: input.botId,
    sourceIds: [...new Set(hits.map((hit) => hit.chunk.sourceId))],
    requestId: input.requestId,
    audit: !input.preview,
  });
  return refused.size ? hits.filter((hit) => !refused.has(hit.chunk.sourceId)) : hits;
}

/** A front end's background request: the bot's name (a fine title), no session, no record, no case. */
function background(input: AskInput, config: BotVersion['config']): AskResult {
  const language = input.language ?? 'en';
  return {
    sessionId: input.sessionId ?? randomUUID(),
    messageId: randomUUID(),
    answer: language === 'en' ? config.name.en : toScript(config.name.zh, language),
    language,
    outcome: 'background',
    confidence: 0,
    citations: [],
    handoff: null,
  };
}

function smallTalk(
  config: BotVersion['config'],
  reply: { zh: string; en: string },
  topic: string,
  language: ReplyLanguage,
): string {
  // A greeting is answered with the bot's own greeting; the data file's replies cover the rest.
  const text = topic === 'greeting' || !(reply.zh || reply.en) ? config.greeting : reply;
  return language === 'en' ? text.en : toScript(text.zh, language);
}

function handedOver(language: ReplyLanguage): string {
  return language === 'en'
    ? 'I have passed your question to our staff. They will reply here, and you can check the reply with your reference.'
    : toScript('已把你的問題轉交職員跟進。職員會在這裏回覆，你亦可憑參考編號查閱回覆。', language);
}

function handoffNotice(language: ReplyLanguage, handoff: { reference: string; checkCode: string }): string {
  return language === 'en'
    ? `Reference: ${handoff.reference}. Check code: ${handoff.checkCode} (shown only once; keep it to check the reply later, on any device).`
    : toScript(
        `參考編號：${handoff.reference}；查閱碼：${handoff.checkCode}（只顯示一次，請記下以便稍後在任何裝置查閱回覆）。`,
        language,
      );
}

function searchOptions(departmentId: string, bot: BotVersion) {
  return { departmentId, botId: bot.botId, k: 10 };
}

/**
 * A short or pronoun-laden question after an answer ("how much is it?") is read with the previous
 * topic: each entry scores its confidence for the question alone plus its confidence for topic and
 * question together, so the new question decides and the topic breaks ties towards the subject.
 */
async function followUp(
  index: KnowledgeIndex,
  question: string,
  plain: KnowledgeHit[],
  topic: string | undefined,
  departmentId: string,
  bot: BotVersion,
): Promise<KnowledgeHit[]> {
  if (!topic) return plain;
  const short = question.replace(/\s+/g, '').length <= 12 || question.trim().split(/\s+/).length <= 5;
  if (!short && !FOLLOW_UP.test(question)) return plain;
  const [combined, aloneHits] = await Promise.all([
    index.search(`${topic} ${question}`, { ...searchOptions(departmentId, bot), k: 20 }),
    index.search(question, { ...searchOptions(departmentId, bot), k: 50 }),
  ]);
  const alone = new Map(aloneHits.map((hit) => [hit.id, hit.confidence]));
  return combined
    .map((hit) => ({ hit, fused: hit.confidence + (alone.get(hit.id) ?? 0) }))
    .sort((a, b) => b.fused - a.fused)
    .map(({ hit }) => ({ ...hit, confidence: Math.max(hit.confidence, alone.get(hit.id) ?? 0) }));
}

/**
 * The context a session would hold after `history`: each earlier question is searched as a turn
 * would search it (a follow-up in the topic so far), and one the bot could answer sets the topic.
 */
async function contextFromHistory(
  deps: ConversationDeps,
  history: readonly string[],
  departmentId: string,
  bot: BotVersion,
): Promise<SessionState['context']> {
  let context: SessionState['context'] = {};
  for (const question of history) {
    const plain = await deps.index.search(question, searchOptions(departmentId, bot));
    const [top] = (await followUp(deps.index, question, plain, context.topic, departmentId, bot)).filter((hit) =>
      bot.config.sourceIds.length ? bot.config.sourceIds.includes(hit.chunk.sourceId) : true,
    );
    if (top && top.confidence >= bot.config.threshold) {
      context = { topic: top.chunk.question || top.chunk.headingPath.join(' '), entryId: top.chunk.entryId };
    }
  }
  return context;
}

async function generate(
  deps: ConversationDeps,
  bot: BotVersion,
  departmentId: string,
  input: AskInput,
  hits: KnowledgeHit[],
  language: ReplyLanguage,
) {
  const model = bot.config.model;
  if (!deps.model || !model) {
    throw new AppError('capability_unavailable', {
      en: 'This bot writes answers with a model, and no model gateway is configured',
      zhHant: '此機械人以模型撰寫回答，但伺服器未有設定模型閘道',
    });
  }
  const top = hits.slice(0, 4);
  const citations = top.map((hit, i) => citationOf(hit.chunk, i + 1, language));
  const messages = generativeMessages(
    input.question,
    top.map((hit, i) => ({ n: i + 1, title: citations[i]?.title ?? '', text: hit.chunk.text })),
    language,
  );
  const { text } = await deps.model.complete({
    departmentId,
    botId: bot.botId,
    provider: model.provider,
    model: model.model,
    messages,
    actor: input.actor ?? PUBLIC_ACTOR,
    requestId: input.requestId,
  });
  if (/NO_ANSWER/.test(text)) return null;
  const grounding = checkGrounding(
    text,
    top.map((hit) => hit.chunk.text),
  );
  // Invented figures or mostly unsupported sentences: not an answer we can stand behind.
  if (grounding.inventedFigures.length > 0 || grounding.score < 0.5) return null;
  const used = citations.filter((c) => text.includes(`[${c.n}]`));
  const best = top[0];
  if (!best) return null;
  return {
    answer: language === 'en' ? text : toScript(text, language),
    citations: used.length ? used : citations.slice(0, 1),
    entry: best.chunk,
    confidence: best.confidence,
  };
}

function cannotAnswer(config: BotVersion['config'], language: ReplyLanguage, blocked: boolean): string {
  const zh = blocked ? '抱歉，我未能處理這個問題。' : '抱歉，我暫時未能回答這個問題。';
  const en = blocked ? 'Sorry, I cannot help with that request.' : 'Sorry, I cannot answer that question yet.';
  const lead = language === 'en' ? en : toScript(zh, language);
  const fallback = language === 'en' ? config.fallback.en : toScript(pick(config.fallback, language), language);
  if (blocked) return sentences(language, lead, fallback);
  const offer =
    language === 'en'
      ? 'If you would like a staff member to follow up, reply "yes" (you may add a phone number or e-mail for a callback).'
      : toScript('如需職員跟進，請回覆「好」（可同時留下電話或電郵，方便職員聯絡你）。', language);
  return sentences(language, lead, fallback, offer);
}

interface SessionState {
  id: string;
  /**
   * `offer`: the question the bot could not answer, while the citizen may still accept a person.
   * `asked`: the citizen's last question the bot answered or could not, what a case opened later
   * in the conversation ("I want a person") is about.
   */
  context: { topic?: string; entryId?: string; offer?: { question: string }; asked?: string };
}

async function loadSession(
  deps: ConversationDeps,
  sessionId: string | undefined,
  botId: string,
): Promise<SessionState> {
  if (!sessionId) return { id: randomUUID(), context: {} };
  // Its turns still waiting to be written, or its row; either says whose it is. A conversation is
  // its first bot's: another continues nothing, written yet or not.
  const session =
    deps.turns.pendingSession(sessionId) ??
    (
      await deps.db
        .select({ botId: chatSessions.botId, context: chatSessions.context })
        .from(chatSessions)
        .where(eq(chatSessions.id, sessionId))
    )[0];
  if (!session || session.botId !== botId) {
    throw new AppError('not_found', { en: 'Conversation not found', zhHant: '找不到對話' }, [
      {
        field: 'body.sessionId',
        code: 'unknown_session',
        message: { en: 'does not name a conversation with this bot', zhHant: '並非與此機械人的對話' },
      },
    ]);
  }
  return { id: sessionId, context: session.context as SessionState['context'] };
}

interface TurnRecord {
  input: AskInput;
  view: { botId: string; departmentId: string; version: number };
  session: SessionState;
  language: ReplyLanguage;
  outcome: AskOutcome;
  answer: string;
  citations: Citation[];
  confidence: number;
  topic: { entryId: string; question: string } | null;
  guardIssues: StagedIssue[];
  /** The passages retrieval found and the context guard let through, best first. */
  retrieved: KnowledgeHit[];
  /** The case to open: for the offered question, or (null) this message's. */
  opening: {
    question: string | null;
    reason: HandoffReason;
    slaHours: number;
    contactEncrypted: string | null;
  } | null;
}

/**
 * Stores the turn (the question with personal data masked), updates the session's topic and
 * opens a handoff when the bot could not answer. Turns are the conversation record; the audit
 * trail gets the handoff and any guard finding (reasons only).
 */
async function record(deps: ConversationDeps, turn: TurnRecord): Promise<AskResult> {
  if (turn.input.preview) return { ...result(turn, randomUUID(), null), inspection: inspect(turn) };
  const masked = redact(turn.input.question, detectPii(turn.input.question), 'mask');
  const question = masked.ok ? masked.text : '[redacted]';
  const audit = { actor: turn.input.actor ?? PUBLIC_ACTOR, requestId: turn.input.requestId };
  const messageId = randomUUID();
  const { botId, departmentId, version } = turn.view;
  const context = nextContext(turn, question);
  // The stage is kept: the incident watch tells personal data in an answer from what a citizen typed.
  const guard = turn.guardIssues.length ? turn.guardIssues.map(findingOf) : null;
  // The question and its answer a millisecond apart: turns of one batch share the database's now(),
  // and analytics pairs each answer with the question before it (src/chat/bot-analytics.ts).
  const askedAt = nextTurnInstant();
  const messages = [
    {
      id: randomUUID(),
      sessionId: turn.session.id,
      botId,
      departmentId,
      role: 'user' as const,
      text: question,
      language: turn.language,
      guard,
      createdAt: askedAt,
    },
    {
      id: messageId,
      createdAt: new Date(askedAt.getTime() + 1),
      sessionId: turn.session.id,
      botId,
      departmentId,
      role: 'assistant' as const,
      text: turn.answer,
      language: turn.language,
      outcome: turn.outcome,
      confidence: turn.confidence,
      citations: turn.citations,
    },
  ];
  const session = { id: turn.session.id, botId, departmentId, botVersion: version, context };
  if (!turn.opening && !guard) {
    deps.turns.add({ session, messages });
    return result(turn, messageId, null);
  }
  // Anything the audit trail must hold is committed before the citizen is answered (group commit).
  const audits: AuditBatchEntry[] = [];
  if (guard) {
    audits.push({
      context: audit,
      event: {
        action: 'guard.finding',
        entityType: 'chat_message',
        entityId: messageId,
        departmentId,
        after: { botId, outcome: turn.outcome, issues: guard },
      },
    });
  }
  const opened = turn.opening
    ? prepareHandoff({
        departmentId,
        botId,
        sessionId: turn.session.id,
        question: turn.opening.question ?? question,
        language: turn.language,
        reason: turn.opening.reason,
        slaHours: turn.opening.slaHours,
        contactEncrypted: turn.opening.contactEncrypted,
      })
    : null;
  if (opened) audits.push({ context: audit, event: opened.event });
  await deps.turns.commit({ session, messages }, { handoffs: opened ? [opened.row] : [], audits });
  const handoff = opened ? { reference: opened.row.reference, checkCode: opened.checkCode } : null;
  return result(turn, messageId, handoff);
}

/**
 * The session's context after a turn: an answer's topic (for follow-ups); after a fallback, the
 * offer of a person for that question, until the next turn; after either, the question asked.
 */
function nextContext(turn: TurnRecord, question: string): SessionState['context'] {
  if (turn.topic) return { topic: turn.topic.question, entryId: turn.topic.entryId, asked: question };
  const { offer: _previous, ...kept } = turn.session.context;
  return turn.outcome === 'fallback' ? { ...kept, offer: { question }, asked: question } : kept;
}

function inspect(turn: TurnRecord): PreviewInspection {
  return {
    passages: turn.retrieved.slice(0, 5).map((hit) => ({
      sourceId: hit.chunk.sourceId,
      entryId: hit.chunk.entryId,
      title: hit.chunk.question || hit.chunk.headingPath.join(' › ') || hit.chunk.sourceTitle,
      excerpt: excerptOf(hit.chunk.text, 300),
      confidence: Math.round(hit.confidence * 1000) / 1000,
    })),
    guard: turn.guardIssues.map(findingOf),
  };
}

/** A guard finding as a turn keeps it and a preview shows it: where, what, the action and why (not its message). */
function findingOf({ stage, code, action, reasons, reasonTexts }: StagedIssue): PreviewInspection['guard'][number] {
  return { stage, code, action, reasons, reasonTexts };
}

function result(
  turn: TurnRecord,
  messageId: string,
  handoff: { reference: string; checkCode: string } | null,
): AskResult {
  return {
    sessionId: turn.session.id,
    messageId,
    answer: handoff ? sentences(turn.language, turn.answer, handoffNotice(turn.language, handoff)) : turn.answer,
    language: turn.language,
    outcome: turn.outcome,
    confidence: Math.round(turn.confidence * 1000) / 1000,
    citations: turn.citations,
    handoff,
  };
}
