import { describe, expect, it } from 'vitest';
import { draftText } from './draft-types.ts';
import { fillTemplate } from './fill-template.ts';
import { draftIssues } from './issue-report.ts';
import { findDraftTemplate } from './load-templates.ts';

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
  'The centre is not open on public holidays.',
];
const input = { language: 'en' as const, slots, facts };

/** The reply with `body` as its body paragraphs. */
function withBody(...body: string[]): string {
  return draftText(
    fillTemplate(
      reply as NonNullable<typeof reply>,
      input,
      body.map((text) => ({ text, origin: 'model' })),
    ),
  );
}

describe('draft issue report', () => {
  it('flags a figure no source gives as a wrong figure, with the sentence and its offsets', () => {
    const text = withBody('A dog licence costs HK$120 and is valid for three years.');
    const issues = draftIssues(reply, input, text);
    expect(issues).toEqual([
      expect.objectContaining({
        kind: 'wrong_figure',
        sentence: 'A dog licence costs HK$120 and is valid for three years.',
        figures: ['HK$120'],
      }),
    ]);
    const [issue] = issues;
    expect(text.slice(issue?.start ?? 0, issue?.end ?? 0)).toBe(issue?.sentence);
    expect(issue?.explanation.en).toContain('HK$120');
    expect(issue?.explanation.zh).toContain('HK$120');
  });

  it('flags a sentence the facts do not support as an unsupported claim', () => {
    const issues = draftIssues(reply, input, withBody('Pensioners may apply for a full fee waiver online.'));
    expect(issues).toEqual([
      expect.objectContaining({
        kind: 'unsupported_claim',
        sentence: 'Pensioners may apply for a full fee waiver online.',
      }),
    ]);
    expect(issues[0]?.support).toBeLessThan(0.5);
    expect(issues[0]?.explanation.zh).toMatch(/不支持/);
  });

  it('flags a sentence saying the opposite of its source as a contradiction', () => {
    const negated = draftIssues(reply, input, withBody('The centre is open on public holidays.'));
    expect(negated).toEqual([
      expect.objectContaining({ kind: 'contradiction', source: 'The centre is not open on public holidays.' }),
    ]);
    const swapped = draftIssues(
      reply,
      { ...input, facts: ['The application was approved on 2 March.'] },
      withBody('The application was rejected on 2 March.'),
    );
    expect(swapped.map((issue) => issue.kind)).toEqual(['contradiction']);
    expect(swapped[0]?.explanation.zh).toContain('相反');
  });

  it('flags contradictions and wrong figures in Chinese too', () => {
    const zh = {
      language: 'zh-Hant' as const,
      slots: { ...slots, recipientName: '陳先生' },
      facts: ['中心於公眾假期不開放。', '狗隻牌照費用為港幣80元。'],
    };
    const text = draftText(
      fillTemplate(reply, zh, [
        { text: '中心於公眾假期開放。', origin: 'model' },
        { text: '狗隻牌照費用為港幣一百二十元。', origin: 'model' },
      ]),
    );
    expect(draftIssues(reply, zh, text).map((issue) => issue.kind)).toEqual(['contradiction', 'wrong_figure']);
  });

  it('flags a telephone number no source gives as a wrong figure (a reader would call it)', () => {
    const hotline = { ...input, facts: ['Report illicit fuelling on the hotline 2555 6182.'] };
    const issues = draftIssues(reply, hotline, withBody('Report illicit fuelling on the hotline 2555 6192.'));
    expect(issues).toEqual([expect.objectContaining({ kind: 'wrong_figure', figures: ['2555 6192'] })]);
    // The source's own number, and the contact line's from the slots, are not flagged.
    expect(draftIssues(reply, hotline, withBody('Report illicit fuelling on the hotline 2555 6182.'))).toEqual([]);
  });

  it('reads a double negation as an assertion: "may not choose not to" contradicts "may choose not to"', () => {
    const name = { ...input, facts: ['You may choose not to give your name.'] };
    expect(draftIssues(reply, name, withBody('You may not choose not to give your name.')).map((i) => i.kind)).toEqual([
      'contradiction',
    ]);
    expect(draftIssues(reply, name, withBody('You may choose not to give your name.'))).toEqual([]);
  });

  it('names each required element the text lacks', () => {
    const text = 'Dear Mr Chan,\n\nA dog licence costs HK$80 and is valid for three years.';
    const issues = draftIssues(reply, input, text);
    expect(issues.map((issue) => [issue.kind, issue.element, issue.start])).toEqual([
      ['missing_element', 'reference', null],
      ['missing_element', 'contact', null],
      ['missing_element', 'closing', null],
    ]);
    expect(issues[0]?.explanation).toEqual({
      en: 'The reference number is missing (AF/DL/2026/0137).',
      zh: '欠缺檔號（AF/DL/2026/0137）。',
    });
  });
});
