/**
 * Every string the widget shows, in Traditional Chinese (Hong Kong) and English. The bot's own texts
 * (name, greeting, disclosure, fallback) come from the server; these are the widget's chrome.
 */
export type UiLanguage = 'zh' | 'en';

const TEXT = {
  loading: { zh: '正在載入…', en: 'Loading…' },
  languageGroup: { zh: '介面語言', en: 'Interface language' },
  aiBadge: { zh: 'AI', en: 'AI' },
  disclosureLabel: { zh: '人工智能提示', en: 'AI notice' },
  transparencyNotice: { zh: '此人工智能如何運作', en: 'How this AI works' },
  conversation: { zh: '對話紀錄', en: 'Conversation' },
  you: { zh: '你', en: 'You' },
  bot: { zh: '助理', en: 'Assistant' },
  questionLabel: { zh: '你的問題', en: 'Your question' },
  questionHint: {
    zh: '按 Enter 發送，Shift + Enter 換行。請勿輸入身份證號碼等個人資料。',
    en: 'Press Enter to send, Shift + Enter for a new line. Please do not enter personal data such as your HKID number.',
  },
  send: { zh: '發送', en: 'Send' },
  thinking: { zh: '正在搜尋答案…', en: 'Looking for an answer…' },
  answered: { zh: '已收到回覆。', en: 'Answer received.' },
  sources: { zh: '資料來源', en: 'Sources' },
  sourceLink: { zh: '來源 {n}：{title}', en: 'Source {n}: {title}' },
  opensNewWindow: { zh: '（在新視窗開啟）', en: '(opens in a new window)' },
  feedbackGroup: { zh: '這個回覆有幫助嗎？', en: 'Was this answer helpful?' },
  helpful: { zh: '有幫助', en: 'Helpful' },
  notHelpful: { zh: '沒有幫助', en: 'Not helpful' },
  reasonsLegend: { zh: '哪裏出了問題？（可選多項）', en: 'What was wrong? (choose any)' },
  reasonIncorrect: { zh: '不正確', en: 'Incorrect' },
  reasonUnclear: { zh: '不清楚', en: 'Unclear' },
  reasonOutdated: { zh: '過時', en: 'Outdated' },
  reasonIncomplete: { zh: '不完整', en: 'Incomplete' },
  reasonNotRelevant: { zh: '答非所問', en: 'Did not answer my question' },
  commentLabel: { zh: '其他意見（可選）', en: 'Other comments (optional)' },
  submitFeedback: { zh: '提交意見', en: 'Send feedback' },
  feedbackThanks: { zh: '多謝你的意見。', en: 'Thank you for your feedback.' },
  handoffTitle: { zh: '已轉交職員跟進', en: 'Passed to our staff' },
  handoffText: {
    zh: '你的查詢已轉交職員處理。請記下參考編號：',
    en: 'Your enquiry has been passed to our staff. Please note your reference number:',
  },
  checkReply: { zh: '查看職員回覆', en: 'Check for a reply' },
  checking: { zh: '正在查詢…', en: 'Checking…' },
  noReplyYet: { zh: '職員尚未回覆，請稍後再查看。', en: 'No reply yet. Please check again later.' },
  staffReply: { zh: '職員回覆：', en: 'Reply from our staff:' },
  handoffStatus: { zh: '處理進度：', en: 'Status:' },
  fallbackLabel: { zh: '其他查詢途徑：', en: 'Other ways to get help:' },
  errorRateLimited: {
    zh: '提問次數太頻密，請稍等一會再試。',
    en: 'There have been too many questions in a short time. Please wait a moment and try again.',
  },
  errorInvalid: {
    zh: '未能處理這個問題，請修改後再試。',
    en: 'We could not process this question. Please rephrase it and try again.',
  },
  errorNotFound: {
    zh: '暫時未能提供這項服務。',
    en: 'This service is not available at the moment.',
  },
  errorNotAllowed: {
    zh: '這個聊天服務未能在此網頁使用。',
    en: 'This chat service is not available on this page.',
  },
  errorNetwork: {
    zh: '抱歉，暫時未能連線，請檢查網絡後再試。',
    en: 'Sorry, we could not connect. Please check your connection and try again.',
  },
  errorServer: {
    zh: '抱歉，系統暫時出現問題，請稍後再試。',
    en: 'Sorry, something went wrong on our side. Please try again later.',
  },
  emptyQuestion: { zh: '請先輸入問題。', en: 'Please type a question first.' },
} as const satisfies Record<string, Record<UiLanguage, string>>;

export type TextKey = keyof typeof TEXT;

/** Handoff case states as the citizen sees them (1823 flow: submit → refer → handle → reply). */
const STATUS: Record<string, Record<UiLanguage, string>> = {
  submitted: { zh: '已提交', en: 'Submitted' },
  referred: { zh: '已轉介部門', en: 'Referred to the department' },
  in_progress: { zh: '處理中', en: 'Being handled' },
  replied: { zh: '已回覆', en: 'Replied' },
  closed: { zh: '已完結', en: 'Closed' },
};

/** The text for `key` in `language`, with `{name}` placeholders filled from `values`. */
export function uiText(language: UiLanguage, key: TextKey, values: Record<string, string | number> = {}): string {
  return TEXT[key][language].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}

/**
 * The space between `text` and what follows it: none after a full-width mark (Chinese punctuation
 * carries its own space: 其他查詢途徑：如需…, …為準。此人工智能如何運作), one otherwise.
 */
export function spaceAfter(text: string): string {
  return /[：。，；！？）」』]$/u.test(text) ? '' : ' ';
}

/** `first` and then `second`, with the space {@link spaceAfter} puts between them: `其他查詢途徑：如需…`, `Status: Replied`. */
export function joined(first: string, second: string): string {
  return `${first}${spaceAfter(first)}${second}`;
}

/** A handoff status in `language`; unknown states are shown as sent. */
export function statusText(language: UiLanguage, status: string): string {
  return STATUS[status]?.[language] ?? status;
}

/** The other interface language (for bilingual error messages). */
export function otherLanguage(language: UiLanguage): UiLanguage {
  return language === 'zh' ? 'en' : 'zh';
}

/** The BCP 47 tag to put in `lang` attributes. */
export function languageTag(language: UiLanguage): string {
  return language === 'zh' ? 'zh-Hant-HK' : 'en';
}

/** Reads a `lang` attribute value (`zh-Hant`, `zh-HK`, `en-GB`, …) as an interface language; Chinese by default. */
export function parseUiLanguage(value: string | null | undefined): UiLanguage {
  return value?.toLowerCase().startsWith('en') ? 'en' : 'zh';
}
