import { describe, expect, it } from 'vitest';
import { draftText } from './draft-types.ts';
import { checkDraftInput, fillTemplate } from './fill-template.ts';
import { draftIssues } from './issue-report.ts';
import { findDraftTemplate } from './load-templates.ts';
import { editedParagraphs } from './paragraph-origins.ts';

const reply = findDraftTemplate('public-enquiry-reply');
if (!reply) throw new Error('template missing');
const slots = {
  reference: 'AF/DL/2026/0137',
  recipientName: 'Mr Chan',
  enquiryDate: '3 March 2026',
  subject: 'dog licences',
  contactLine: 'Ms Lee on 2150 7000',
  officerName: 'Wong Siu Ming',
};
const facts = [
  'A dog licence costs HK$80 and is valid for three years.',
  'Licences are renewed at any animal management centre.',
];

describe('fill a template without a model', () => {
  it('fills an English reply: slots in the template lines, the facts as the body, nothing flagged', () => {
    const paragraphs = fillTemplate(reply, { language: 'en', slots, facts });
    expect(paragraphs.map((p) => p.text)).toEqual([
      'Our ref.: AF/DL/2026/0137',
      'Dear Mr Chan,',
      'Thank you for your enquiry of 3 March 2026 about dog licences.',
      'A dog licence costs HK$80 and is valid for three years.',
      'Licences are renewed at any animal management centre.',
      'We hope the above information is helpful.',
      'Should you have any further questions, please contact Ms Lee on 2150 7000.',
      'Yours sincerely,',
      'Wong Siu Ming',
    ]);
    expect(paragraphs.map((p) => p.origin)).toEqual([
      'template',
      'template',
      'template',
      'officer',
      'officer',
      'template',
      'template',
      'template',
      'template',
    ]);
    expect(draftIssues(reply, { language: 'en', slots, facts }, draftText(paragraphs))).toEqual([]);
  });

  it('fills a Traditional Chinese reply from the same slots', () => {
    const zhSlots = {
      ...slots,
      recipientName: '陳先生',
      enquiryDate: '2026年3月3日',
      subject: '狗隻牌照',
      officerName: '王小明',
    };
    const zhFacts = ['狗隻牌照費用為港幣80元，有效期三年。'];
    const text = draftText(fillTemplate(reply, { language: 'zh-Hant', slots: zhSlots, facts: zhFacts }));
    expect(text).toBe(
      [
        '本署檔號：AF/DL/2026/0137',
        '陳先生：',
        '多謝你於2026年3月3日就狗隻牌照的查詢。',
        '狗隻牌照費用為港幣80元，有效期三年。',
        '希望以上資料對你有幫助。',
        '如有查詢，請聯絡Ms Lee on 2150 7000。',
        '此致',
        '王小明',
      ].join('\n\n'),
    );
    expect(draftIssues(reply, { language: 'zh-Hant', slots: zhSlots, facts: zhFacts }, text)).toEqual([]);
  });

  it('names each field it cannot fill from: a required slot, an unknown slot, a tone, a value too long', () => {
    const { contactLine: _, ...withoutContact } = slots;
    expect(
      checkDraftInput(reply, {
        language: 'en',
        slots: { ...withoutContact, nickname: 'x', subject: 'y'.repeat(201) },
        facts,
        tone: 'angry',
      }),
    ).toEqual([
      {
        field: 'body.slots.nickname',
        code: 'unknown_field',
        message: { en: 'is not a slot of the template', zhHant: '不是範本的欄位' },
      },
      {
        field: 'body.slots.subject',
        code: 'too_long',
        message: { en: 'must be at most 200 characters', zhHant: '長度須最多為 200 個字元' },
      },
      { field: 'body.slots.contactLine', code: 'required', message: { en: 'is required', zhHant: '必須填寫' } },
      {
        field: 'body.tone',
        code: 'unsupported',
        message: { en: 'must be one of formal, plain, warm', zhHant: '須為以下其中之一：formal、plain、warm' },
      },
    ]);
  });
});

describe('paragraph origins across an edit', () => {
  it('keeps the origin of paragraphs left alone and makes new or changed ones the officer’s', () => {
    const at = '2026-03-04T00:00:00.000Z';
    const previous = [
      { text: 'Dear Mr Chan,', origin: 'template' as const, author: 'public-enquiry-reply@1', at },
      { text: 'The licence costs HK$80.', origin: 'model' as const, author: 'fake/m', at },
      { text: 'Yours sincerely,', origin: 'template' as const, author: 'public-enquiry-reply@1', at },
    ];
    const now = new Date('2026-03-05T00:00:00Z');
    const edited = editedParagraphs(
      previous,
      'Dear Mr Chan,\n\nThe licence costs HK$80.\n\nIt is valid for three years.\r\n\r\nYours faithfully,',
      'officer-1',
      now,
    );
    expect(edited.map((p) => [p.text, p.origin, p.author, p.at])).toEqual([
      ['Dear Mr Chan,', 'template', 'public-enquiry-reply@1', at],
      ['The licence costs HK$80.', 'model', 'fake/m', at],
      ['It is valid for three years.', 'officer', 'officer-1', now.toISOString()],
      ['Yours faithfully,', 'officer', 'officer-1', now.toISOString()],
    ]);
  });
});
