/**
 * Chat (capability 5): bots with immutable published versions, conversations with cited answers
 * in the citizen's language, human handoff (the 1823 flow), feedback and analytics.
 */
export {
  botChangeSchema,
  botConfigPatchSchema,
  botIdSchema,
  botConfigSchema,
  parseBotConfig,
  type BotConfig,
  type BotConfigInput,
  type BotConfigPatch,
  type BotChange,
} from './bot-config.ts';
export {
  createBot,
  getBot,
  listBotSummaries,
  listBots,
  loadBot,
  publishBot,
  unpublishBot,
  updateBotConfig,
  type Bot,
  type BotVersion,
  type BotSummary,
  type BotView,
  type PublishCheck,
} from './bots.ts';
export { ChatCaches } from './chat-caches.ts';
export { botGuardPolicy } from './bot-policy.ts';
export type { ChatModel, ChatModelRequest } from './chat-model.ts';
export type { Citation } from './compose-answer.ts';
export {
  ask,
  ASK_OUTCOMES,
  PUBLIC_ACTOR,
  type AskInput,
  type AskOutcome,
  type AskResult,
  type ConversationDeps,
} from './conversation.ts';
export type { SourceConsent } from './source-consent.ts';
export { type AnalyticsDay, botAnalytics, type FeedbackComment } from './bot-analytics.ts';
export { type ActivityDay, type DepartmentActivity, departmentActivity } from './department-activity.ts';
export { FEEDBACK_REASONS, giveFeedback, type FeedbackInput } from './feedback.ts';
export { GROUP_SIMILARITY, groupQuestions, type QuestionGroup } from './group-questions.ts';
export {
  actOnHandoff,
  DEFAULT_SLA_HOURS,
  getHandoff,
  HANDOFF_STATUSES,
  HANDOFF_VIEWS,
  handoffForCitizen,
  listHandoffs,
  type HandoffAccess,
  type HandoffAction,
  type HandoffCase,
  type HandoffFilter,
  type HandoffStatus,
} from './handoffs.ts';
export {
  type ConversationTurn,
  handoffAgents,
  handoffConversation,
  type HandoffPage,
  pageHandoffs,
  referralDepartments,
} from './handoff-queue.ts';
export {
  type ContactBox,
  contactFor,
  DEFAULT_CONTACT_RETENTION_DAYS,
  purgeClosedContacts,
  startContactPurge,
} from './handoff-contact.ts';
export { classifyIntent, type ConversationIntent } from './conversation-intent.ts';
export type { ReplyLanguage } from './reply-language.ts';
export { listPublishedBots, type PublishedBot } from './published-bots.ts';
export { DEMO_BOTS, DEMO_CATALOGUE, seedDemoBots } from './seed-demo-bots.ts';
export { TurnLog, type PendingTurn } from './turn-log.ts';
