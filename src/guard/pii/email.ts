import { type Detector, finding, scanRegex } from './detector.ts';
import { PII_REASONS } from './pii-reasons.ts';

// Local part and domain bounded so a pathological input cannot make the scan super-linear.
const PATTERN =
  /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]{1,64}@(?:[\p{L}\p{N}-]{1,63}\.){1,8}[\p{L}]{2,24}(?![\p{L}\p{N}])/gu;

export const emailDetector: Detector = {
  type: 'EMAIL',
  detect: (text) =>
    // The pattern is tried at every letter; most texts have no `@` at all.
    !text.includes('@')
      ? []
      : scanRegex(text, PATTERN, (m) => {
          let end = m.index + m[0].length;
          while (text[end - 1] === '.') end--;
          return finding('EMAIL', text, m.index, end, 0.98, PII_REASONS.email);
        }),
};
