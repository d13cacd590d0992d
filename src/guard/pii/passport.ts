import { type Detector, finding, hasContext, scanRegex } from './detector.ts';
import { PII_REASONS } from './pii-reasons.ts';

const CONTEXT = /passport|護照|护照|旅行證件|travel document/i;
/** HKSAR passports: H or K and eight digits. */
const HKSAR = /(?<![A-Za-z0-9])[HK]\d{8}(?![A-Za-z0-9])/g;
/** Common foreign forms (PRC E/G + 8 digits, UK/US 9 digits, 1–2 letters + 6–8 digits): with a context word only. */
const FOREIGN = /(?<![A-Za-z0-9])(?:[A-Z]{1,2}\d{6,8}|\d{9})(?![A-Za-z0-9])/g;

export const passportDetector: Detector = {
  type: 'PASSPORT',
  detect(text) {
    const hk = scanRegex(text, HKSAR, (m) => {
      const end = m.index + m[0].length;
      const context = hasContext(text, m.index, end, CONTEXT, 60);
      return finding('PASSPORT', text, m.index, end, context ? 0.97 : 0.6, PII_REASONS.passportHksar);
    });
    const foreign = scanRegex(text, FOREIGN, (m) => {
      const end = m.index + m[0].length;
      if (/^[HK]\d{8}$/.test(m[0]) || !hasContext(text, m.index, end, CONTEXT, 60)) return null;
      return finding('PASSPORT', text, m.index, end, 0.85, PII_REASONS.passportCued);
    });
    return [...hk, ...foreign];
  },
};
