import { type Detector, finding, hasContext, scanRegex } from './detector.ts';
import { PII_REASONS } from './pii-reasons.ts';

/** 12–19 digits, optionally grouped by single spaces or hyphens (`4111 1111 1111 1111`); after `+` they are a phone. */
const PATTERN = /(?<![\d\-.+])(?:\d[ -]?){11,18}\d(?![\d\-.]|,\d)/g;
const CONTEXT = /card|credit|visa|master|amex|信用卡|咭|卡號|卡号|付款/i;

/** Luhn (mod 10) checksum over the digits of `value`. */
export function luhnValid(value: string): boolean {
  const digits = value.replace(/\D/g, '');
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return digits.length > 0 && sum % 10 === 0;
}

/** Issuer prefixes of the card networks seen in Hong Kong (Visa, Mastercard, Amex, UnionPay, JCB, Diners, Discover). */
const ISSUER = /^(?:4|5[1-5]|2[2-7]|3[47]|62|35|30|36|38|39|6011|65|64)/;

export const creditCardDetector: Detector = {
  type: 'CREDIT_CARD',
  detect: (text) =>
    scanRegex(text, PATTERN, (m) => {
      const digits = m[0].replace(/\D/g, '');
      if (digits.length < 12 || digits.length > 19 || !luhnValid(digits)) return null;
      if (/^(\d)\1+$/.test(digits)) return null;
      const end = m.index + m[0].length;
      const context = hasContext(text, m.index, end, CONTEXT);
      const issuer = ISSUER.test(digits);
      if (!issuer && !context && digits.length < 13) return null;
      const confidence = context ? 0.98 : issuer ? 0.9 : 0.7;
      return finding('CREDIT_CARD', text, m.index, end, confidence, PII_REASONS.creditCardLuhn);
    }),
};
