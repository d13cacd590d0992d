import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { type Detector, finding, hasContext, type PiiFinding, scanRegex } from './detector.ts';
import { PII_REASONS } from './pii-reasons.ts';

const CONTEXT =
  /phone|tel\b|mobile|cell|call|fax|whatsapp|contact|office|desk|landline|sms|text(?:ed)? me|reach(?:ed)? (?:me|us|him|her) at|answering at|messages? to|registered|dial|hotline|電話|电话|手機|手机|聯絡|联络|致電|致电|傳真|传真|號碼|号码|热线|熱線|打去|打俾|短訊|短讯/i;
/**
 * Grouped digits that look like a phone number in any national format: used only beside a context
 * word. Groups never cross a line: a postcode above a phone is not part of it.
 */
const LOOSE =
  /(?<![\w+])(?:\+\d{1,3}[ \t.-]?)?(?:\(\d{1,4}\)[ \t.-]?\d{0,4}[ \t.-]?)?\d{2,5}(?:(?:[ \t.-]|\)[ \t]?)\d{2,7}){1,4}(?:[ \t]?(?:x|ext\.?)[ \t]?\d{1,5})?(?![\w]|[-.,]\d)|(?<![\w+])\+?\d{9,13}(?![\w]|[-.,]\d)/g;
/** North American shapes, `650-253-0000`, `(650) 253-0000`, `650.253.0000`: a phone with or without a cue. */
const NANP = /^(?:\+?1[\s.-]?)?(?:\(\d{3}\)\s?|\d{3}[-.])\d{3}[-.]\d{4}(?:\s?(?:x|ext\.?)\s?\d{1,5})?$/;
/** Cheap pre-filter: libphonenumber's text search is the slow part, so skip texts without a digit run. */
const DIGITS = /\d[\d\s().-]{5,}\d/;
/**
 * How Hong Kong numbers are grouped when written without a prefix: `91234567`, `9123 4567`,
 * `800 123 456`. Digits grouped otherwise (`50231 77`, a postcode then a street number) are no phone.
 */
const HK_LOCAL_GROUPS = /^(?:\d{4}[\s.-]?\d{4}|800[\s.-]?\d{3}[\s.-]?\d{3}|852[\s.-]?\d{4}[\s.-]?\d{4})$/;
/** `+852 9123 4567`, `(852) 2123-4567`, `91234567`, `+1 650-253-0000`. */
const CANDIDATE =
  /(?<![\w+.-])(?:\+\d{1,3}[\s.-]?|\(\+?\d{1,4}\)[\s.-]?)?\d{2,4}(?:[\s.-]?\d{2,4}){1,4}(?![\w]|[.-]\d)/g;

/**
 * Telephone numbers: Hong Kong numbers (+852 or 8 local digits starting 2–9, validated against the
 * numbering plan by libphonenumber), international numbers with a `+` prefix, and other national
 * formats only beside a word such as "phone" or 電話.
 */
export const phoneDetector: Detector = {
  type: 'PHONE',
  detect(text) {
    if (!DIGITS.test(text)) return [];
    const out: PiiFinding[] = [];
    // Own candidate search, libphonenumber only to validate: its text search is ten times slower.
    for (const m of text.matchAll(CANDIDATE)) {
      const startsAt = m.index;
      const endsAt = startsAt + m[0].length;
      // Without a `+` or `(`, only a Hong Kong number (8 digits from 2–9, 800 numbers, or 852 + 8) can
      // validate: skip the rest before libphonenumber, which is the slow part on digit-heavy text.
      const digits = m[0].replace(/\D/g, '');
      if (
        !/^[+(]/.test(m[0]) &&
        (!/^(?:[2-9]\d{7}|800\d{6}|852[2-9]\d{7})$/.test(digits) || !HK_LOCAL_GROUPS.test(m[0]))
      )
        continue;
      const number = parsePhoneNumberFromString(m[0], 'HK');
      if (!number?.isValid()) continue;
      const hk = number.countryCallingCode === '852';
      const context = hasContext(text, startsAt, endsAt, CONTEXT);
      const confidence = context ? 0.97 : hk ? 0.85 : 0.9;
      const reason = hk ? PII_REASONS.phoneHongKong : PII_REASONS.phoneInternational;
      out.push(finding('PHONE', text, startsAt, endsAt, confidence, reason));
    }
    const taken = (s: number, e: number) => out.some((f) => f.start < e && s < f.end);
    for (const loose of scanRegex(text, LOOSE, (m) => {
      const end = m.index + m[0].length;
      const digits = m[0].replace(/\D/g, '').length;
      if (digits < 7 || digits > 15 || taken(m.index, end)) return null;
      if (NANP.test(m[0])) return finding('PHONE', text, m.index, end, 0.7, PII_REASONS.phoneNorthAmerican);
      if (!hasContext(text, m.index, end, CONTEXT, 60)) return null;
      return finding('PHONE', text, m.index, end, 0.75, PII_REASONS.phoneCued);
    }))
      out.push(loose);
    return out;
  },
};
