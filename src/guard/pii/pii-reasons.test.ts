import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectPii, PII_DETECTORS } from './detect-pii.ts';
import { PII_TYPES, type PiiFinding } from './detector.ts';
import {
  findingReason,
  PII_REASONS,
  PII_TYPE_NAMES_ZH_HANT,
  type PiiReasonCode,
  widenedByTagger,
} from './pii-reasons.ts';

const han = /\p{Script=Han}/u;

/** A text that brings out each reason: an entry of the catalogue without one does not compile. */
const SAMPLES: Record<PiiReasonCode, string> = {
  hkidCheckDigit: '我的身份證號碼係A123456(3)',
  phoneHongKong: 'Call 9123 4567 now',
  phoneInternational: 'Call +1 650-253-0000',
  phoneNorthAmerican: 'Reach the office 650-253-0000 or write',
  phoneCued: 'They are not answering at 0680 298 70 63',
  email: 'email chan@example.com',
  passportHksar: '護照號碼 K12345678',
  passportCued: 'passport E12345678',
  bankAccountCued: '入數戶口 004-123456-001',
  accountCued: 'account 123456789012',
  iban: 'IBAN GB82WEST12345698765432',
  creditCardLuhn: '信用卡 4111 1111 1111 1111',
  dateOfBirthCued: '出生日期 1990-01-02',
  ipv4: 'from 192.168.1.20',
  ipv6: 'from 2001:db8::8a2e:370:7334',
  addressParts: '地址：香港九龍旺角彌敦道123號4樓A室',
  nameAfterLabel: '姓名：陳大文',
  nameAfterRole: '申請人陳大文',
  selfIntroduced: '我叫陳大文，想查詢續領',
  surnameBeforeTitle: '請搵李小姐',
  nameAfterTitle: 'Dear Mr Chan Tai Man',
  nameAfterCue: 'Applicant: Wong Siu-ming',
  fullNameAfterCue: 'A coda (not by Jonas Nielsen).',
  fullNameBeforeVerb: 'Tomomi Nishiyama lives in Osaka',
  middleInitial: 'the verses from Faina D. Yefremova',
  nameOverAddress: 'Tomomi Nishiyama  20789 Allika 46',
  listedFullName: 'Why is Samantha Jones so impulsive?',
  listedSurname: 'says Joly',
  listedGivenName: 'Why is Samantha so impulsive?',
  nameAfterSingleCue: 'call me Bertók',
  lowerCaseName: 'my name is irina sokolova',
  givenNameList: 'maria, adam, christopher and sofia',
  possessive: "Mirela's daughter",
  nameBeforePersonVerb: 'Tovrik lives on',
  namePair: 'Petrov and Fairweather built the bridge.',
  signatureName: 'Regards,\nAnna Berg',
  transcriptSpeaker: 'Zsolt: "Where were you?"\nKatalin: "At the market."',
  taggedName: 'the tenants are maria and ivan',
  taggedAddress: 'She stays near Rue de Rivoli Paris France now',
};

/** Texts whose findings the tagger widens, and a message with several kinds at once. */
const MORE = [
  'He lives at 742 Evergreen Terrace, Springfield, Oregon 97001, USA.',
  'The parcel went to Carrer de Mallorca Barcelona Catalonia Spain',
  '本人陳大文，身份證 A123456(3)，電話 +852 2123 4567，電郵 chan@example.com，住喺沙田大圍積福街12號3樓。',
];

/** Every finding a text brings out: each detector's own, before overlaps are settled, and `detectPii`'s with the tagger. */
const everyFinding = (text: string): PiiFinding[] => [
  ...PII_DETECTORS.flatMap((detector) => detector.detect(text)),
  ...detectPii(text),
];

const CHINESE = new Map<string, string>(Object.values(PII_REASONS).map(({ en, zhHant }) => [en, zhHant]));
const WIDENED = '; widened by the trained word tagger';

/** The Chinese a finding's English reason goes with: the catalogue's words, or a catalogue entry's widened by the tagger. */
function chineseOf(en: string): string | undefined {
  if (!en.endsWith(WIDENED)) return CHINESE.get(en);
  const rule = en.slice(0, -WIDENED.length);
  const zhHant = CHINESE.get(rule);
  return zhHant === undefined ? undefined : widenedByTagger({ en: rule, zhHant }).zhHant;
}

describe('personal-data reasons, in English and Traditional Chinese', () => {
  it('word each entry of the catalogue in both languages, the two apart', () => {
    for (const [code, { en, zhHant }] of Object.entries(PII_REASONS)) {
      expect(en.trim(), code).not.toBe('');
      expect(zhHant, `${code}: in Chinese`).toMatch(han);
      // Chinese words, not an English gloss: Latin only for an English cue the text said (「my name is」) or a name.
      const latin = zhHant.replace(/「[^」]*」/g, '').replace(/\b(?:IBAN|Luhn|IPv4|IPv6|mod-97)\b/g, '');
      expect(latin, code).not.toMatch(/[A-Za-z]/);
    }
    const entries = Object.values(PII_REASONS);
    expect(new Set(entries.map((r) => r.en)).size).toBe(entries.length);
    expect(new Set(entries.map((r) => r.zhHant)).size).toBe(entries.length);
  });

  it('name each kind of personal data as the console does', () => {
    const catalogue = readFileSync(
      new URL('../../../console/src/components/guard-policy-messages.ts', import.meta.url),
      'utf8',
    );
    for (const type of PII_TYPES) expect(catalogue, type).toContain(`pii${type}: '${PII_TYPE_NAMES_ZH_HANT[type]}',`);
  });

  it('brings out every entry of the catalogue from its sample text', () => {
    for (const [code, text] of Object.entries(SAMPLES)) {
      const { en, zhHant } = PII_REASONS[code as PiiReasonCode];
      expect(everyFinding(text), code).toContainEqual(expect.objectContaining({ reason: en, reasonZhHant: zhHant }));
    }
  });

  it('refuses a finding worded outside the catalogue or without Chinese, from any detector', () => {
    const findings = [...Object.values(SAMPLES), ...MORE].flatMap(everyFinding);
    expect(findings.some((f) => f.reason.endsWith(WIDENED))).toBe(true);
    for (const f of findings) {
      expect(f.reasonZhHant, f.reason).toMatch(han);
      expect(f.reasonZhHant, f.reason).toBe(chineseOf(f.reason));
    }
  });

  it('puts the kind first, in the reader’s words, keeping the English record as it was', () => {
    const [hkid] = detectPii('身份證 A123456(3)');
    expect(hkid && findingReason(hkid)).toEqual({
      en: 'HKID: HKID format with a valid check digit',
      zhHant: '香港身份證號碼：香港身份證號碼格式，校驗碼正確',
    });
    const [widened] = detectPii(MORE[0] ?? '');
    expect(widened && findingReason(widened)).toEqual({
      en: 'ADDRESS: address parts (flat, floor, building, street, district); widened by the trained word tagger',
      zhHant: '地址：地址組成部分（單位、樓層、大廈、街道、地區）；經訓練的字詞標註模型擴闊範圍',
    });
  });
});
