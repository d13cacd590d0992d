import type { BilingualReason } from '../reason-text.ts';
import type { PiiFinding, PiiType } from './detector.ts';

/**
 * What each personal-data detector says it found, in English (a finding's `reason`: the record,
 * as clients read it) and in Traditional Chinese (its `reasonZhHant`, for an officer reading the
 * console in Chinese). One catalogue, so that the words are checked together: `pii-reasons.test.ts`
 * refuses an entry without Chinese, and a sample text must bring out each entry. A Chinese cue
 * stays as written in the English (`name after 我係`); an English cue is quoted in the Chinese
 * (`「my name is」`), since it is what the text said.
 *
 * @example PII_REASONS.hkidCheckDigit.zhHant // '香港身份證號碼格式，校驗碼正確'
 */
export const PII_REASONS = {
  hkidCheckDigit: { en: 'HKID format with a valid check digit', zhHant: '香港身份證號碼格式，校驗碼正確' },
  phoneHongKong: { en: 'Hong Kong telephone number', zhHant: '香港電話號碼' },
  phoneInternational: { en: 'international telephone number', zhHant: '國際電話號碼' },
  phoneNorthAmerican: { en: 'North American telephone number format', zhHant: '北美電話號碼格式' },
  phoneCued: { en: 'telephone number beside a context word', zhHant: '電話號碼旁有提示字詞' },
  email: { en: 'e-mail address', zhHant: '電郵地址' },
  passportHksar: { en: 'HKSAR passport number form', zhHant: '香港特區護照號碼格式' },
  passportCued: { en: 'passport number beside a context word', zhHant: '護照號碼旁有提示字詞' },
  bankAccountCued: { en: 'bank account number beside a context word', zhHant: '銀行戶口號碼旁有提示字詞' },
  accountCued: { en: 'account number beside a context word', zhHant: '戶口號碼旁有提示字詞' },
  iban: { en: 'IBAN with a valid mod-97 check', zhHant: '國際銀行戶口號碼（IBAN），mod-97 校驗正確' },
  creditCardLuhn: { en: 'card number with a valid Luhn checksum', zhHant: '信用卡號碼，Luhn 校驗碼正確' },
  dateOfBirthCued: { en: 'date beside a birth context word', zhHant: '日期旁有與出生有關的提示字詞' },
  ipv4: { en: 'IPv4 address', zhHant: 'IPv4 地址' },
  ipv6: { en: 'IPv6 address', zhHant: 'IPv6 地址' },
  addressParts: {
    en: 'address parts (flat, floor, building, street, district)',
    zhHant: '地址組成部分（單位、樓層、大廈、街道、地區）',
  },
  nameAfterLabel: { en: 'name after a label such as 姓名', zhHant: '「姓名」等標籤後的姓名' },
  nameAfterRole: { en: 'surname and name after a role such as 申請人', zhHant: '「申請人」等身份稱謂後的姓氏及名字' },
  selfIntroduced: { en: 'name after 我係, 我叫 or 本人', zhHant: '「我係」、「我叫」或「本人」後的姓名' },
  surnameBeforeTitle: { en: 'surname before a title such as 先生/小姐', zhHant: '「先生」、「小姐」等稱謂前的姓氏' },
  nameAfterTitle: { en: 'name after a title such as Mr/Ms', zhHant: '「Mr」、「Ms」等稱謂後的姓名' },
  nameAfterCue: {
    en: 'name after a cue such as "name is" or applicant',
    zhHant: '「name is」、「applicant」等提示字詞後的姓名',
  },
  fullNameAfterCue: {
    en: 'full name after a cue such as "by", "with" or "daughter"',
    zhHant: '「by」、「with」、「daughter」等提示字詞後的全名',
  },
  fullNameBeforeVerb: {
    en: 'full name before "lives", "said" or "will be talking"',
    zhHant: '「lives」、「said」、「will be talking」等字詞前的全名',
  },
  middleInitial: { en: 'first name, middle initial and surname', zhHant: '名字、中間名首字母及姓氏' },
  nameOverAddress: { en: 'full name heading an address block', zhHant: '地址上方的全名' },
  listedFullName: { en: 'given name and surname from the name list', zhHant: '姓名名單中的名字及姓氏' },
  listedSurname: { en: 'surname from the name list', zhHant: '姓名名單中的姓氏' },
  listedGivenName: { en: 'given name from the name list', zhHant: '姓名名單中的名字' },
  nameAfterSingleCue: {
    en: 'name after a cue such as "calls me" or "starring"',
    zhHant: '「calls me」、「starring」等提示字詞後的姓名',
  },
  lowerCaseName: { en: 'lower-case name after "my name is"', zhHant: '「my name is」後以小楷書寫的姓名' },
  givenNameList: { en: 'list of given names', zhHant: '一連串列出的名字' },
  possessive: {
    en: 'possessive before a word of family or authorship',
    zhHant: '所有格形式的姓名，後接家人或作品等字詞',
  },
  nameBeforePersonVerb: { en: 'name before a verb only people take', zhHant: '只用於人的動詞前的姓名' },
  namePair: { en: 'name joined by "and" to a name from the list', zhHant: '以「and」與名單中的姓名相連的姓名' },
  signatureName: {
    en: 'name on its own line in a signature or over an address',
    zhHant: '簽名處或地址上方獨佔一行的姓名',
  },
  transcriptSpeaker: { en: 'speaker of a transcript line', zhHant: '對話紀錄中的講者' },
  taggedName: {
    en: 'name found by the trained word tagger (spelling, name lists, context)',
    zhHant: '經訓練的字詞標註模型找出的姓名（依據拼寫、姓名名單及上下文）',
  },
  taggedAddress: {
    en: 'address found by the trained word tagger (spelling, name lists, context)',
    zhHant: '經訓練的字詞標註模型找出的地址（依據拼寫、姓名名單及上下文）',
  },
} as const satisfies Record<string, BilingualReason>;

export type PiiReasonCode = keyof typeof PII_REASONS;

/**
 * A rule finding's reason once the word tagger has widened it over the words beside it.
 *
 * @example widenedByTagger(PII_REASONS.addressParts).zhHant // '地址組成部分（…）；經訓練的字詞標註模型擴闊範圍'
 */
export function widenedByTagger(rule: BilingualReason): BilingualReason {
  return {
    en: `${rule.en}; widened by the trained word tagger`,
    zhHant: `${rule.zhHant}；經訓練的字詞標註模型擴闊範圍`,
  };
}

/**
 * The personal-data types in Chinese, as the console names them (its guard catalogue's `pii*`
 * words), so a reason reads like the rest of the page. The English record names them by code.
 */
export const PII_TYPE_NAMES_ZH_HANT: Readonly<Record<PiiType, string>> = {
  HKID: '香港身份證號碼',
  PHONE: '電話號碼',
  PASSPORT: '護照號碼',
  EMAIL: '電郵地址',
  CREDIT_CARD: '信用卡號碼',
  BANK_ACCOUNT: '銀行戶口號碼',
  IP_ADDRESS: 'IP 地址',
  DATE_OF_BIRTH: '出生日期',
  ADDRESS: '地址',
  PERSON: '個人姓名',
};

/**
 * A finding's reason as a guard issue gives it: its type, then what the detector said.
 *
 * @example findingReason(hkid) // { en: 'HKID: HKID format with a valid check digit', zhHant: '香港身份證號碼：香港身份證號碼格式，校驗碼正確' }
 */
export function findingReason(finding: Pick<PiiFinding, 'type' | 'reason' | 'reasonZhHant'>): BilingualReason {
  return {
    en: `${finding.type}: ${finding.reason}`,
    zhHant: `${PII_TYPE_NAMES_ZH_HANT[finding.type]}：${finding.reasonZhHant}`,
  };
}
