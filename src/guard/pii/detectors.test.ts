import { describe, expect, it } from 'vitest';
import { detectPii } from './detect-pii.ts';
import { hkidCheckDigit, isValidHkid } from './hkid.ts';
import { redact, reversePseudonyms } from './redact.ts';

const types = (text: string) => detectPii(text).map((f) => `${f.type}:${f.value}`);

describe('HKID', () => {
  it('computes the check digit of the brief', () => {
    expect(hkidCheckDigit('A123456')).toBe('3');
    expect(isValidHkid('A123456(3)')).toBe(true);
    expect(isValidHkid('A1234563')).toBe(true);
  });
  it('finds valid HKIDs with or without brackets, in Chinese and English text', () => {
    expect(types('我的身份證號碼係A123456(3)')).toEqual(['HKID:A123456(3)']);
    expect(types('HKID A1234563 please')).toEqual(['HKID:A1234563']);
    expect(types('身份證 A123456（3）')).toEqual(['HKID:A123456（3）']);
  });
  it('never flags an HKID with a wrong check digit', () => {
    expect(isValidHkid('A123456(4)')).toBe(false);
    expect(types('參考編號 A123456(4)')).toEqual([]);
    expect(types('Ref A1234565 received')).toEqual([]);
  });
});

describe('other personal data', () => {
  it('finds Hong Kong and international phones but not order numbers', () => {
    expect(types('請致電 9123 4567')).toEqual(['PHONE:9123 4567']);
    expect(types('Call +852 2123 4567 now')).toEqual(['PHONE:+852 2123 4567']);
    expect(types('Call +1 650-253-0000')).toEqual(['PHONE:+1 650-253-0000']);
    expect(types('訂單編號 12345678 已確認')).toEqual([]);
  });
  it('finds e-mail, cards (Luhn), IBANs and HK accounts with context, IPs', () => {
    expect(types('email chan@example.com')).toEqual(['EMAIL:chan@example.com']);
    expect(types('信用卡 4111 1111 1111 1111')).toEqual(['CREDIT_CARD:4111 1111 1111 1111']);
    expect(types('card 4111 1111 1111 1112')).toEqual([]);
    expect(types('IBAN GB82WEST12345698765432')).toEqual(['BANK_ACCOUNT:GB82WEST12345698765432']);
    expect(types('入數戶口 004-123456-001')).toEqual(['BANK_ACCOUNT:004-123456-001']);
    expect(types('version 004-123456-001')).toEqual([]);
    expect(types('from 192.168.1.20')).toEqual(['IP_ADDRESS:192.168.1.20']);
  });
  it('finds passports and dates of birth only with context', () => {
    expect(types('護照號碼 K12345678')).toEqual(['PASSPORT:K12345678']);
    expect(types('passport E12345678')).toEqual(['PASSPORT:E12345678']);
    expect(types('出生日期 1990-01-02')).toEqual(['DATE_OF_BIRTH:1990-01-02']);
    expect(types('會議日期 1990-01-02')).toEqual([]);
  });
  it('finds Chinese and English Hong Kong addresses', () => {
    expect(types('地址：香港九龍旺角彌敦道123號4樓A室')).toEqual(['ADDRESS:香港九龍旺角彌敦道123號4樓A室']);
    expect(types('Flat A, 12/F, 123 Nathan Road, Mong Kok')).toEqual([
      'ADDRESS:Flat A, 12/F, 123 Nathan Road, Mong Kok',
    ]);
    expect(types('我住喺香港')).toEqual([]);
  });
  it('finds names beside a cue', () => {
    expect(types('姓名：陳大文')).toEqual(['PERSON:陳大文']);
    expect(types('請搵李小姐')).toEqual(['PERSON:李']);
    expect(types('Dear Mr Chan Tai Man')).toEqual(['PERSON:Chan Tai Man']);
    expect(types('Applicant: Wong Siu-ming, Mr Chan Tai-man')).toEqual(['PERSON:Wong Siu-ming', 'PERSON:Chan Tai-man']);
    expect(types('請問申請人或企業有哪些情況？')).toEqual([]);
    expect(types('申請衛生福利部補助')).toEqual([]);
    expect(types('申請人陳大文')).toEqual(['PERSON:陳大文']);
  });
});

describe('wider recall without flagging harmless text', () => {
  it('finds national phone formats beside a cue, in English and Chinese', () => {
    expect(types('Desk: 5403926876')).toEqual(['PHONE:5403926876']);
    expect(types('Fax: (898)666-3621x0135')).toEqual(['PHONE:(898)666-3621x0135']);
    expect(types('They are not answering at 0680 298 70 63')).toEqual(['PHONE:0680 298 70 63']);
    expect(types('短訊號碼 0961-7596216')).toEqual(['PHONE:0961-7596216']);
    expect(types('Reach me on 780-999-2181')).toEqual(['PHONE:780-999-2181']);
  });
  it('leaves grouped numbers without a cue alone', () => {
    expect(types('The 2024 budget was 0680 298 70 63 dollars')).toEqual([]);
    expect(types('第 2023/24 年度預算案撥款 123 456 789 元')).toEqual([]);
    expect(types('Invoice INV-2024-000123 total 4,560.00')).toEqual([]);
  });
  it('finds names by a middle initial, a soft cue or a verb only people take', () => {
    expect(types('the verses from Faina D. Yefremova')).toEqual(['PERSON:Faina D. Yefremova']);
    expect(types('A coda (not by Jonas Nielsen).')).toEqual(['PERSON:Jonas Nielsen']);
    expect(types('Tomomi Nishiyama lives in Osaka')).toEqual(['PERSON:Tomomi Nishiyama']);
    expect(types('聯絡人：黃小明')).toEqual(['PERSON:黃小明']);
  });
  it('does not take organisations, places or single capitalised words for names', () => {
    expect(types('Made by Hong Kong Government')).toEqual([]);
    expect(types('The Housing Department said rents will rise')).toEqual([]);
    expect(types('Meet me at Central Station with Peter')).toEqual([]);
    expect(types('陳列館星期一休息')).toEqual([]);
  });
  it('finds international street addresses by their grammar', () => {
    expect(types('William Hughes  20789 Allika 46  Suite 501  Riisa')).toContain(
      'ADDRESS:20789 Allika 46  Suite 501  Riisa',
    );
    expect(types('Meet me at PSC 1437, Box 3833 APO AA 66791')).toEqual(['ADDRESS:PSC 1437, Box 3833 APO AA 66791']);
    expect(types('his address: 5049 Harjukuja 54, SEINÄJOKI')).toEqual(['ADDRESS:5049 Harjukuja 54, SEINÄJOKI']);
    expect(types('送貨地址：沙田大圍積福街12號3樓')).toEqual(['ADDRESS:沙田大圍積福街12號3樓']);
    // The verb before an address is not part of it; a city and a workshop are no streets.
    expect(types('我住喺西環卑路乍街8號')).toEqual(['ADDRESS:西環卑路乍街8號']);
    expect(types('揮灑台北創意工作坊，歡迎報名')).toEqual([]);
  });
  it('does not read counts and years as street numbers', () => {
    expect(types('In 2019 Apple sold 5 million phones')).toEqual([]);
    expect(types('Room booking ref AB123456 for 20 people.')).toEqual([]);
    expect(types('今年有 2 張相片及 1 份證明')).toEqual([]);
  });
});

describe('actions', () => {
  const text = '身份證 A123456(3)，電話 9123 4567';
  const findings = detectPii(text);
  it('masks keeping the shape', () => {
    const r = redact(text, findings, 'mask');
    expect(r.ok && r.text).toBe('身份證 A******(*)，電話 **** **67');
  });
  it('drops and blocks', () => {
    expect(redact(text, findings, 'drop')).toEqual({ ok: true, text: '身份證 ，電話 ' });
    expect(redact(text, findings, 'block')).toEqual({ ok: false, code: 'pii_blocked', types: ['HKID', 'PHONE'] });
  });
  it('pseudonymises stably per conversation and reverses only with the key', () => {
    const key = { key: Buffer.alloc(32, 7), conversationId: 'c1' };
    const a = redact(text, findings, 'pseudonymise', key);
    const b = redact(text, findings, 'pseudonymise', key);
    const other = redact(text, findings, 'pseudonymise', { ...key, conversationId: 'c2' });
    if (!a.ok || !b.ok || !other.ok) throw new Error('expected ok');
    expect(a.text).toBe(b.text);
    expect(a.text).not.toBe(other.text);
    expect(a.text).not.toContain('A123456');
    expect(reversePseudonyms(a.text, key)).toBe(text);
    expect(reversePseudonyms(a.text, { key: Buffer.alloc(32, 8), conversationId: 'c1' })).toBe(a.text);
  });
});
