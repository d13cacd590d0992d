import type { Locale } from './messages.ts';

/** What an issue carries besides its code: zod's own fields (`minimum`, `origin`, `expected`, `values`...). */
export type IssueParams = Readonly<Record<string, unknown>>;

type Template = (params: IssueParams) => string;
type Entry = Record<Locale, Template>;

const fixed = (en: string, zh: string): Entry => ({ en: () => en, 'zh-Hant': () => zh });

const NUMBER = (value: unknown) => (typeof value === 'number' || typeof value === 'bigint' ? String(value) : '?');

/** The size word of a bound: characters for text, items for lists, bytes for files, none for numbers. */
function bound(kind: 'min' | 'max'): Entry {
  const key = kind === 'min' ? 'minimum' : 'maximum';
  return {
    en: (p) => {
      const n = NUMBER(p[key]);
      const exclusive = p.inclusive === false;
      if (p.origin === 'string' && kind === 'min' && n === '1') return 'must not be empty';
      if (p.origin === 'string') return `must be ${kind === 'min' ? 'at least' : 'at most'} ${n} characters long`;
      if (p.origin === 'array' || p.origin === 'set')
        return `must have ${kind === 'min' ? 'at least' : 'at most'} ${n} items`;
      if (p.origin === 'file') return `must be ${kind === 'min' ? 'at least' : 'at most'} ${n} bytes`;
      if (kind === 'min') return exclusive ? `must be greater than ${n}` : `must be at least ${n}`;
      return exclusive ? `must be less than ${n}` : `must be at most ${n}`;
    },
    'zh-Hant': (p) => {
      const n = NUMBER(p[key]);
      const exclusive = p.inclusive === false;
      const edge = kind === 'min' ? '最少' : '最多';
      if (p.origin === 'string' && kind === 'min' && n === '1') return '不可留空';
      if (p.origin === 'string') return `長度須${edge}為 ${n} 個字元`;
      if (p.origin === 'array' || p.origin === 'set') return `須${edge}有 ${n} 項`;
      if (p.origin === 'file') return `大小須${edge}為 ${n} 位元組`;
      if (kind === 'min') return exclusive ? `須大於 ${n}` : `不可小於 ${n}`;
      return exclusive ? `須小於 ${n}` : `不可大於 ${n}`;
    },
  };
}

const TYPE_NAMES: Record<string, Record<Locale, string>> = {
  string: { en: 'text', 'zh-Hant': '文字' },
  number: { en: 'a number', 'zh-Hant': '數字' },
  int: { en: 'a whole number', 'zh-Hant': '整數' },
  boolean: { en: 'true or false', 'zh-Hant': 'true 或 false' },
  object: { en: 'an object', 'zh-Hant': '物件' },
  array: { en: 'a list', 'zh-Hant': '清單' },
  date: { en: 'a date', 'zh-Hant': '日期' },
};

const FORMAT_NAMES: Record<string, Record<Locale, string>> = {
  email: { en: 'e-mail address', 'zh-Hant': '電郵地址' },
  url: { en: 'URL', 'zh-Hant': '網址' },
  uuid: { en: 'UUID', 'zh-Hant': 'UUID' },
  datetime: { en: 'date and time (ISO 8601)', 'zh-Hant': '日期時間（ISO 8601）' },
  date: { en: 'date (YYYY-MM-DD)', 'zh-Hant': '日期（YYYY-MM-DD）' },
  ipv4: { en: 'IPv4 address', 'zh-Hant': 'IPv4 位址' },
  ipv6: { en: 'IPv6 address', 'zh-Hant': 'IPv6 位址' },
};

/** An AI application's status as a person reads it in Chinese. */
const APPLICATION_STATUS_ZH: Record<string, string> = {
  draft: '草擬',
  in_review: '審查中',
  approved: '已批准',
  testing: '測試中',
  live: '已上線',
  suspended: '已暫停',
  retired: '已退役',
};

const listed = (values: unknown, separator: string) =>
  Array.isArray(values) ? values.map((value) => JSON.stringify(value)).join(separator) : '';

/**
 * Field messages by issue code, in English and Traditional Chinese: zod's codes (so its own wording
 * never reaches a person) and the codes LionRock's services raise. Simplified Chinese is converted
 * from the Traditional text where the problem is rendered.
 */
const CATALOGUE: Record<string, Entry> = {
  too_small: bound('min'),
  too_big: bound('max'),
  invalid_type: {
    en: (p) => (p.missing ? 'is required' : `must be ${TYPE_NAMES[String(p.expected)]?.en ?? String(p.expected)}`),
    'zh-Hant': (p) =>
      p.missing ? '必須填寫' : `須為${TYPE_NAMES[String(p.expected)]?.['zh-Hant'] ?? String(p.expected)}`,
  },
  invalid_format: {
    en: (p) => {
      const name = FORMAT_NAMES[String(p.format)]?.en;
      return name ? `must be a valid ${name}` : 'is not in the expected format';
    },
    'zh-Hant': (p) => {
      const name = FORMAT_NAMES[String(p.format)]?.['zh-Hant'];
      return name ? `須為有效的${name}` : '格式不正確';
    },
  },
  invalid_value: {
    en: (p) => `must be one of ${listed(p.values, ', ')}`,
    'zh-Hant': (p) => `須為以下其中之一：${listed(p.values, '、')}`,
  },
  invalid_union: fixed('does not match any accepted form', '不符合任何接受的格式'),
  invalid_key: fixed('has a key that is not valid', '含有無效的鍵'),
  invalid_element: fixed('has an item that is not valid', '含有無效的項目'),
  not_multiple_of: {
    en: (p) => `must be a multiple of ${NUMBER(p.divisor)}`,
    'zh-Hant': (p) => `須為 ${NUMBER(p.divisor)} 的倍數`,
  },
  unrecognized_keys: fixed('is not a known field', '不是已知的欄位'),
  unknown_field: fixed('is not a known field', '不是已知的欄位'),
  custom: fixed('is not valid', '內容無效'),
  required: fixed('is required', '必須填寫'),
  empty: fixed('is empty', '不可留空'),
  invalid: fixed('is not valid', '內容無效'),
  invalid_json: fixed('is not valid JSON', '不是有效的 JSON'),
  too_large: fixed('exceeds the size limit', '超出大小上限'),
  too_long: fixed('is too long', '過長'),
  too_many: fixed('has too many items', '項目過多'),
  out_of_range: fixed('is out of range', '超出範圍'),
  unsupported: fixed('is not supported', '不受支援'),
  malformed: fixed('is not well formed', '格式不正確'),
  mismatch: fixed('does not match', '不相符'),
  taken: fixed('is already taken', '已被使用'),
  // The AI application registry (issue #16).
  transition_not_allowed: {
    en: (p) => `cannot move from "${String(p.from)}" to "${String(p.to)}"`,
    'zh-Hant': (p) =>
      `不可由「${APPLICATION_STATUS_ZH[String(p.from)] ?? String(p.from)}」（${String(p.from)}）轉為「${
        APPLICATION_STATUS_ZH[String(p.to)] ?? String(p.to)
      }」（${String(p.to)}）`,
  },
  kinds_without_personal_data: fixed('must be empty when personalData is false', '在 personalData 為 false 時須留空'),
  bot_needs_bot_type: fixed('may only be given when type is lionrock_bot', '只可在類型為 lionrock_bot 時提供'),
  bot_type_fixed: fixed('must stay lionrock_bot for a bot’s application', '機械人的應用程式類型須維持為 lionrock_bot'),
  not_published: fixed('is not published', '未發佈'),
  // A go-live gate condition not met (the gate words each one itself, in both languages).
  go_live_unmet: fixed('is not met', '未符合'),
  // Drafts and their second officer's approval (issue #17).
  approval_required: fixed(
    'needs a second officer’s approval of the current version first',
    '現行版本須先經另一名人員批核',
  ),
  own_draft: fixed(
    'must be another officer than the one who asked or wrote the draft',
    '須為申請人及撰稿人以外的另一名人員',
  ),
  not_pending: fixed('has no approval requested', '未有申請批核'),
  already_pending: fixed('already has an approval requested', '已申請批核'),
  already_approved: fixed('is already approved', '已獲批核'),
  draft_finalised: fixed('is finalised', '已定稿'),
  case_in_progress: fixed('is already being handled by an agent', '已有職員處理'),
  case_replied: fixed('has already been replied to', '已回覆市民'),
  case_closed: fixed('is closed', '已結案'),
  version_published: fixed('has already been approved and published', '已獲批核並發布'),
  version_superseded: fixed('has been replaced by a newer version', '已被較新版本取代'),
  version_rejected: fixed('has already been rejected', '已被駁回'),
  version_withdrawn: fixed('has been withdrawn', '已撤回'),
  stale_version: fixed('is not the current version', '不是現行版本'),
  newer_version_saved: fixed('has a newer version saved', '已有較新版本儲存'),
  already_published: fixed('is published already, in its latest version', '最新版本已經發佈'),
  changed_meanwhile: fixed(
    'was changed by someone else after you opened it, to another value than yours',
    '在你開啟後已被其他人改為另一個值',
  ),
  unknown: fixed('does not exist', '不存在'),
  unknown_department: fixed('is not a known department', '不是已知的部門'),
  unknown_user: fixed('is not a known user', '不是已知的使用者'),
  unknown_bot: fixed('is not a known bot', '不是已知的機械人'),
  unknown_model: fixed('is not a known model', '不是已知的模型'),
  unknown_session: fixed('is not a known conversation', '不是已知的對話'),
  unknown_message: fixed('is not a known message', '不是已知的訊息'),
  unstorable_text: fixed(
    'must not contain a NUL character or an unpaired UTF-16 surrogate',
    '不可包含空字元（NUL）或不成對的 UTF-16 代理字元',
  ),
  model_not_allowed: fixed('is not on the department’s allow-list', '不在部門的模型允許清單內'),
  url_refused: fixed('is a web address this server may not fetch', '是此伺服器不可擷取的網址'),
  fetch_failed: fixed('could not be fetched', '未能擷取'),
  zip_bomb: fixed('inflates beyond the allowed size', '解壓後超出容許大小'),
  invalid_multipart: fixed('is not a valid multipart upload', '不是有效的多部分上載'),
};

/** What is said of a field whose code the catalogue does not know. */
const UNKNOWN_CODE = fixed('is not valid', '內容無效');

/**
 * The message for an issue `code` in `locale`, filled from the issue's `params`.
 *
 * @example issueMessage('too_small', { origin: 'string', minimum: 3 }, 'zh-Hant') // '長度須最少為 3 個字元'
 */
export function issueMessage(code: string, params: IssueParams, locale: Locale): string {
  return (CATALOGUE[code] ?? UNKNOWN_CODE)[locale](params);
}

/** Whether the catalogue has a message of its own for `code`. */
export function knownIssueCode(code: string): boolean {
  return code in CATALOGUE;
}
