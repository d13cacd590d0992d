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

describe('a transparency notice: the data it uses', () => {
  const registered = (dataUsed?: { en: string; zhHant: string }): NoticeFacts => {
    const base = facts(both('Call 1823.', '請致電 1823。'));
    return {
      ...base,
      application: {
        ...base.application,
        personalData: true,
        personalDataKinds: ['phone or e-mail a citizen gives when asking for a person'],
        dataSources: ['Approved FAQ entries'],
      },
      content: { ...base.content, ...(dataUsed ? { dataUsed } : {}) },
    };
  };

  it('says the register’s sources and kinds as entered, in the one language they were written in', () => {
    expect(buildNotice(registered()).data.description).toEqual({
      en: 'Data used: Approved FAQ entries. Personal data: phone or e-mail a citizen gives when asking for a person.',
      zhHant: '所用資料：Approved FAQ entries。個人資料：phone or e-mail a citizen gives when asking for a person。',
    });
  });

  it('reads the officers’ words in each language instead, and still says that it uses personal data', () => {
    const notice = buildNotice(
      registered(both('Approved FAQ entries, and the phone number you give', '已核准的常見問題，以及你提供的電話號碼')),
    );
    expect(notice.data.description).toEqual({
      en: 'Approved FAQ entries, and the phone number you give. It uses personal data.',
      zhHant: '已核准的常見問題，以及你提供的電話號碼。它使用個人資料。',
    });
    // The register's entries stay in the notice's data, as entered.
    expect(notice.data.sources).toEqual(['Approved FAQ entries']);
  });
});
