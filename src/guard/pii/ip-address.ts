import { isIP } from 'node:net';
import { type Detector, finding, scanRegex } from './detector.ts';
import { PII_REASONS } from './pii-reasons.ts';

const V4 = /(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?![\d]|\.\d)/g;
const V6 = /(?<![\w:])(?:[0-9A-Fa-f]{1,4}:){2,7}(?::|(?::[0-9A-Fa-f]{1,4}){1,6}|[0-9A-Fa-f]{1,4})(?![\w:])/g;

export const ipAddressDetector: Detector = {
  type: 'IP_ADDRESS',
  detect(text) {
    const v4 = scanRegex(text, V4, (m) =>
      isIP(m[0]) === 4 ? finding('IP_ADDRESS', text, m.index, m.index + m[0].length, 0.9, PII_REASONS.ipv4) : null,
    );
    const v6 = scanRegex(text, V6, (m) =>
      isIP(m[0]) === 6 ? finding('IP_ADDRESS', text, m.index, m.index + m[0].length, 0.9, PII_REASONS.ipv6) : null,
    );
    return [...v4, ...v6];
  },
};
