import type { ErrorCode } from './error-codes.ts';

export type Locale = 'en' | 'zh-Hant';

/** Problem titles per locale: what a citizen or officer reads when something is refused. */
const TITLES: Record<ErrorCode, Record<Locale, string>> = {
  validation_failed: { en: 'The request is not valid', 'zh-Hant': '請求內容無效' },
  invalid_json: { en: 'The request body is not valid JSON', 'zh-Hant': '請求內容不是有效的 JSON' },
  unauthenticated: { en: 'A valid API key is required', 'zh-Hant': '需要有效的 API 金鑰' },
  forbidden: { en: 'You are not allowed to do this', 'zh-Hant': '你沒有執行此操作的權限' },
  session_expired: {
    en: 'Your session has ended; please sign in again',
    'zh-Hant': '你的登入時段已結束，請重新登入',
  },
  csrf_failed: {
    en: 'This change was not sent by the LionRock console; reload the page and try again',
    'zh-Hant': '此變更並非由 LionRock 管理介面發出，請重新載入頁面再試',
  },
  origin_not_allowed: {
    en: 'This web origin is not allowed for your department',
    'zh-Hant': '你的部門不允許此網站來源',
  },
  not_found: { en: 'Not found', 'zh-Hant': '找不到' },
  method_not_allowed: { en: 'Method not allowed', 'zh-Hant': '不允許此方法' },
  conflict: { en: 'The request conflicts with existing data', 'zh-Hant': '請求與現有資料衝突' },
  payload_too_large: { en: 'The request body is too large', 'zh-Hant': '請求內容過大' },
  unsupported_media_type: { en: 'Unsupported content type', 'zh-Hant': '不支援的內容類型' },
  unprocessable: { en: 'The content cannot be processed', 'zh-Hant': '無法處理此內容' },
  upstream_failed: { en: 'A remote source failed to answer', 'zh-Hant': '遠端來源未能回應' },
  capability_unavailable: {
    en: 'This server lacks a component needed for this request',
    'zh-Hant': '此伺服器缺少處理此請求所需的元件',
  },
  rate_limited: { en: 'Too many requests; try again later', 'zh-Hant': '請求過於頻繁，請稍後再試' },
  internal: { en: 'Internal error', 'zh-Hant': '內部錯誤' },
  not_ready: { en: 'The service is not ready', 'zh-Hant': '服務尚未就緒' },
  model_not_allowed: {
    en: 'This model is not on your department’s allow-list',
    'zh-Hant': '此模型不在你部門的允許清單內',
  },
  quota_exceeded: { en: 'The model usage quota is used up', 'zh-Hant': '模型使用配額已用盡' },
  provider_unavailable: { en: 'The model provider is unavailable', 'zh-Hant': '模型供應商暫時無法使用' },
  circuit_open: {
    en: 'The model provider is paused after repeated failures; try again later',
    'zh-Hant': '模型供應商多次失敗，已暫停使用，請稍後再試',
  },
};

/** The title for `code` in `locale`. */
export function problemTitle(code: ErrorCode, locale: Locale): string {
  return TITLES[code][locale];
}

/** A language a person may read LionRock's messages in: the catalogues' two, and Simplified Chinese (converted). */
export type ReaderLocale = Locale | 'zh-Hans';

/** Chinese tags read in Simplified script: mainland China, Singapore, Malaysia, or an explicit `Hans`. */
const SIMPLIFIED = /^zh-(hans|cn|sg|my)\b/i;

/**
 * The reader's language from an Accept-Language header (RFC 9110 §12.5.4): the tag with the highest
 * q-value that LionRock speaks wins (ties: the earlier one); `q=0` means "not this"; none: English.
 *
 * @example readerLocale('en;q=0.5, zh-HK;q=0.9') // 'zh-Hant'
 */
export function readerLocale(header: string | undefined): ReaderLocale {
  if (!header) return 'en';
  const ranges = header
    .split(',')
    .map((part, order) => {
      const [tag = '', ...parameters] = part.trim().split(';');
      const q = parameters.map((p) => /^\s*q\s*=\s*([\d.]+)\s*$/i.exec(p)?.[1]).find(Boolean);
      return { tag: tag.trim(), q: q === undefined ? 1 : Number(q), order };
    })
    .filter((range) => range.q > 0 && Number.isFinite(range.q))
    .sort((a, b) => b.q - a.q || a.order - b.order);
  for (const { tag } of ranges) {
    if (/^en\b/i.test(tag)) return 'en';
    if (/^zh\b/i.test(tag)) return SIMPLIFIED.test(tag) ? 'zh-Hans' : 'zh-Hant';
  }
  return 'en';
}

/** The catalogue locale for an Accept-Language header: Simplified readers get the Traditional text to convert. */
export function localeFromAcceptLanguage(header: string | undefined): Locale {
  return readerLocale(header) === 'en' ? 'en' : 'zh-Hant';
}
