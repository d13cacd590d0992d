import { describe, expect, it } from 'vitest';
import { buildNotice, type NoticeFacts } from './notice.ts';

const both = (en: string, zhHant: string) => ({ en, zhHant });

/** A live bot's facts, with the bot's own fallback and the officers' extra contact. */
const facts = (fallback: { en: string; zhHant: string }, contact?: { en: string; zhHant: string }): NoticeFacts => ({
  application: {
    id: 'a1',
    botId: 'dog-bot',
    type: 'lionrock_bot',
    status: 'live',
    name: both('Dog licence helper', '狗牌小幫手'),
    purpose: both('Answers questions on dog licences.', '解答狗牌問題。'),
    publicFacing: true,
    generative: false,
    personalData: false,
    personalDataKinds: [],
    dataSources: [],
    models: [],
    impact: 'low',
    tier: 'limited',
    riskLevel: 'low',
  },
  department: { code: 'afcd', name: both('AFCD', '漁護署') },
  bot: { answerMode: 'extractive', model: null, fallback },
  reportedModels: [],
  lastAssessment: null,
  evaluations: [],
  content: {
    doesNotDo: both('It decides nothing.', '它不作任何決定。'),
    complaints: both('Call 1823.', '請致電 1823。'),
    ...(contact ? { contact } : {}),
  },
  version: 1,
  publishedAt: null,
});

describe('a transparency notice: how to reach a person', () => {
  it('runs the bot’s fallback and the contact on as sentences: no space after 。, a full stop where one is missing', () => {
    const notice = buildNotice(
      facts(both('Call 1823', '請致電 1823'), both('Or write to the AFCD.', '或致函漁護署。')),
    );
    expect(notice.reachAPerson).toEqual({
      en: 'Call 1823. Or write to the AFCD.',
      zhHant: '請致電 1823。或致函漁護署。',
    });
  });
});
