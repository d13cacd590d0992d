import { defineMessages, type Translate } from '../i18n/index.ts';

/**
 * The words for a guard policy's stages, checks and actions and for its findings, one catalogue for
 * every page that shows or edits a policy or its findings (the guard page, the bot editor and its
 * preview, a knowledge draft's review), so that they name them alike.
 */
export const guardPolicyMessages = defineMessages(
  {
    gridCaption: 'Guard checks by stage',
    gridCheck: 'Check',
    cellLabel: '{check}, {stage}',
    stageInput: 'Question (input)',
    stageContext: 'Retrieved passages (context)',
    stageOutput: 'Answer (output)',
    checkPii: 'Personal data',
    checkInjection: 'Prompt injection',
    checkUrls: 'Unsafe links',
    checkGrounding: 'Grounding in sources',
    actionBlock: 'Block',
    actionMask: 'Mask',
    actionPseudonymise: 'Pseudonymise',
    actionDrop: 'Drop',
    actionWarn: 'Warn',
    actionLog: 'Log only',
    finding_injection_detected: 'Prompt injection',
    finding_pii_found: 'Personal data',
    finding_unsafe_url: 'Unsafe link',
    finding_ungrounded_answer: 'Not grounded in the sources',
    // One finding of a turn in a line: "Question (input): Prompt injection → Block".
    findingAt: '{stage}: {finding} → {action}',
    findingNoStage: '{finding} → {action}',
    settingsIntro: 'Settings of the checks this level sets. Leave a score empty for the default.',
    settingsLegend: '{check}, {stage}',
    settingThreshold: 'Act from injection score (0 to 1)',
    settingMinConfidence: 'Act from detection confidence (0 to 1)',
    settingMinSupport: 'Least support from the sources (0 to 1)',
    scoreDefault: 'Empty: the default.',
    scoreOutOfRange: 'Enter a number from 0 to 1, or leave it empty.',
    settingMinVerdict: 'Act on links judged',
    verdictPhishing: 'Phishing',
    verdictSuspicious: 'Suspicious or phishing',
    settingTypes: 'Kinds of personal data',
    typesAll: 'None ticked: every kind.',
    piiADDRESS: 'Address',
    piiBANK_ACCOUNT: 'Bank account number',
    piiCREDIT_CARD: 'Credit card number',
    piiDATE_OF_BIRTH: 'Date of birth',
    piiEMAIL: 'E-mail address',
    piiHKID: 'HKID number',
    piiIP_ADDRESS: 'IP address',
    piiPASSPORT: 'Passport number',
    piiPERSON: 'Personal name',
    piiPHONE: 'Phone number',
  },
  {
    gridCaption: '各階段的防護檢查',
    gridCheck: '檢查',
    cellLabel: '{check}，{stage}',
    stageInput: '提問（輸入）',
    stageContext: '檢索段落（內容）',
    stageOutput: '回答（輸出）',
    checkPii: '個人資料',
    checkInjection: '提示注入',
    checkUrls: '不安全連結',
    checkGrounding: '以來源為根據',
    actionBlock: '攔截',
    actionMask: '遮蔽',
    actionPseudonymise: '假名化',
    actionDrop: '刪除',
    actionWarn: '警告',
    actionLog: '只作記錄',
    finding_injection_detected: '提示注入',
    finding_pii_found: '個人資料',
    finding_unsafe_url: '不安全連結',
    finding_ungrounded_answer: '未有來源根據',
    findingAt: '{stage}：{finding} → {action}',
    findingNoStage: '{finding} → {action}',
    settingsIntro: '此層級所設檢查的設定。分數留空即採用預設值。',
    settingsLegend: '{check}，{stage}',
    settingThreshold: '注入分數達此值即處理（0 至 1）',
    settingMinConfidence: '偵測可信度達此值即處理（0 至 1）',
    settingMinSupport: '來源支持度下限（0 至 1）',
    scoreDefault: '留空即採用預設值。',
    scoreOutOfRange: '請輸入 0 至 1 的數字，或留空。',
    settingMinVerdict: '處理以下判斷的連結',
    verdictPhishing: '釣魚',
    verdictSuspicious: '可疑或釣魚',
    settingTypes: '個人資料類別',
    typesAll: '全部不選即檢查所有類別。',
    piiADDRESS: '地址',
    piiBANK_ACCOUNT: '銀行戶口號碼',
    piiCREDIT_CARD: '信用卡號碼',
    piiDATE_OF_BIRTH: '出生日期',
    piiEMAIL: '電郵地址',
    piiHKID: '香港身份證號碼',
    piiIP_ADDRESS: 'IP 地址',
    piiPASSPORT: '護照號碼',
    piiPERSON: '個人姓名',
    piiPHONE: '電話號碼',
  },
);

type Key = keyof (typeof guardPolicyMessages)['en'];

export const STAGE_LABEL: Record<'input' | 'context' | 'output', Key> = {
  input: 'stageInput',
  context: 'stageContext',
  output: 'stageOutput',
};
export const CHECK_LABEL: Record<'pii' | 'injection' | 'urls' | 'grounding', Key> = {
  pii: 'checkPii',
  injection: 'checkInjection',
  urls: 'checkUrls',
  grounding: 'checkGrounding',
};
export const ACTION_LABEL: Record<string, Key> = {
  block: 'actionBlock',
  mask: 'actionMask',
  pseudonymise: 'actionPseudonymise',
  drop: 'actionDrop',
  warn: 'actionWarn',
  log: 'actionLog',
};

/** The catalogue's key `key`, or null: only its own keys count, so `constructor` is no key. */
const keyOf = (key: string): Key | null => (Object.hasOwn(guardPolicyMessages.en, key) ? (key as Key) : null);

/** `key`'s words, or `code` itself when the console has none (a newer server's code): never a blank. */
const wordsOr = (t: (key: Key) => string, key: Key | null | undefined, code: string) => (key ? t(key) : code);

/** A personal-data type code in words; a type this console does not know yet is shown as its code. */
export function piiTypeLabel(t: (key: Key) => string, type: string): string {
  return wordsOr(t, keyOf(`pii${type}`), type);
}

/** A guard finding's code (`pii_found`) in words; a code this console does not know yet is shown as it is. */
export function findingLabel(t: (key: Key) => string, code: string): string {
  return wordsOr(t, keyOf(`finding_${code}`), code);
}

/** A stage (`input`) in words; one this console does not know yet is shown as it is. */
export function stageLabel(t: (key: Key) => string, stage: string): string {
  return wordsOr(t, Object.hasOwn(STAGE_LABEL, stage) ? STAGE_LABEL[stage as keyof typeof STAGE_LABEL] : null, stage);
}

/** An action (`block`) in words; one this console does not know yet is shown as it is. */
export function actionLabel(t: (key: Key) => string, action: string): string {
  return wordsOr(t, Object.hasOwn(ACTION_LABEL, action) ? ACTION_LABEL[action] : null, action);
}

/**
 * One finding of a turn in a line, in the page's language: "Question (input): Prompt injection →
 * Block" / 「提問（輸入）：提示注入 → 攔截」. Codes without words are shown as they are.
 *
 * @example findingLine(words, { stage: 'input', code: 'injection_detected', action: 'block' })
 */
export function findingLine(
  t: Translate<Key>,
  finding: { stage?: string | undefined; code: string; action: string },
): string {
  const words = { finding: findingLabel(t, finding.code), action: actionLabel(t, finding.action) };
  return finding.stage ? t('findingAt', { ...words, stage: stageLabel(t, finding.stage) }) : t('findingNoStage', words);
}
