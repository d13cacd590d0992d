import { type Detector, finding, hasContext, type PiiFinding, scanRegex } from './detector.ts';
import { PII_REASONS } from './pii-reasons.ts';

/**
 * Hong Kong Identity Card numbers: one or two letters, six digits and a check digit, with or
 * without brackets (`A123456(3)`, `A1234563`, `AB987654（2）`). A number whose check digit is wrong
 * is never reported: look-alike reference numbers must not be masked as identity numbers.
 */
const PATTERN = /(?<![A-Za-z0-9])([A-Za-z]{1,2})(\d{6})\s?(?:[(（]\s?([0-9Aa])\s?[)）]|([0-9Aa]))(?![A-Za-z0-9])/g;
const CONTEXT = /身份證|身分證|身份证|HKID|identity|ID card|證件|证件/i;

/** Letter value in the check-digit sum: A–Z = 10–35, and a space (one-letter prefix) = 36. */
const letterValue = (ch: string): number => (ch === ' ' ? 36 : ch.charCodeAt(0) - 55);

/**
 * The check digit of an HKID body (prefix + six digits), per the algorithm in the brief: pad a
 * one-letter prefix with a space worth 36, weights 9..2, r = sum mod 11; 0 if r = 0, `A` if r = 1,
 * else 11 − r.
 *
 * @example hkidCheckDigit('A123456') // '3'
 */
export function hkidCheckDigit(body: string): string {
  const upper = body.toUpperCase();
  const padded = upper.length === 7 ? ` ${upper}` : upper;
  let sum = 0;
  for (let i = 0; i < 8; i++) {
    const ch = padded[i] ?? ' ';
    const value = i < 2 ? letterValue(ch) : Number(ch);
    sum += value * (9 - i);
  }
  const r = sum % 11;
  return r === 0 ? '0' : r === 1 ? 'A' : String(11 - r);
}

/** True for a well-formed HKID with the right check digit, e.g. `A123456(3)`. */
export function isValidHkid(value: string): boolean {
  const m = /^([A-Za-z]{1,2})(\d{6})\s?[(（]?([0-9Aa])[)）]?$/.exec(value.trim());
  if (!m) return false;
  return hkidCheckDigit(`${m[1]}${m[2]}`) === (m[3] ?? '').toUpperCase();
}

export const hkidDetector: Detector = {
  type: 'HKID',
  detect(text: string): PiiFinding[] {
    return scanRegex(text, PATTERN, (m) => {
      const check = (m[3] ?? m[4] ?? '').toUpperCase();
      if (hkidCheckDigit(`${m[1]}${m[2]}`) !== check) return null;
      const bracketed = m[3] !== undefined;
      const context = hasContext(text, m.index, m.index + m[0].length, CONTEXT);
      const confidence = bracketed || context ? 0.99 : 0.9;
      return finding('HKID', text, m.index, m.index + m[0].length, confidence, PII_REASONS.hkidCheckDigit);
    });
  },
};
