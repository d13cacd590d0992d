import { type Detector, finding, hasContext, scanRegex } from './detector.ts';
import { PII_REASONS } from './pii-reasons.ts';

const CONTEXT = /born|birth|d\.o\.b|dob|birthday|出生|生日|出世|誕生|诞生|年齡|年龄/i;
const MONTHS =
  'Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?';
const DATE = new RegExp(
  [
    String.raw`(?:19|20)\d{2}[-/.](?:0?[1-9]|1[0-2])[-/.](?:0?[1-9]|[12]\d|3[01])`,
    String.raw`(?:0?[1-9]|[12]\d|3[01])[-/.](?:0?[1-9]|1[0-2])[-/.](?:19|20)?\d{2}`,
    String.raw`(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)? (?:${MONTHS}),? (?:19|20)\d{2}`,
    String.raw`(?:${MONTHS}) (?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?,? (?:19|20)\d{2}`,
    String.raw`(?:19|20)\d{2}\s?年\s?(?:0?[1-9]|1[0-2])\s?月\s?(?:0?[1-9]|[12]\d|3[01])\s?[日號号]`,
  ].join('|'),
  'gi',
);

/** Dates of birth: a calendar date beside a word such as "born", DOB or 出生. Other dates are not personal data. */
export const dateOfBirthDetector: Detector = {
  type: 'DATE_OF_BIRTH',
  detect: (text) =>
    scanRegex(text, new RegExp(DATE.source, 'gi'), (m) => {
      const end = m.index + m[0].length;
      if (/[\d]/.test(text[m.index - 1] ?? '') || /[\d]/.test(text[end] ?? '')) return null;
      if (!hasContext(text, m.index, end, CONTEXT, 40)) return null;
      return finding('DATE_OF_BIRTH', text, m.index, end, 0.9, PII_REASONS.dateOfBirthCued);
    }),
};
