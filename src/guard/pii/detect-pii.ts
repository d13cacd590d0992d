import { addressDetector } from './address.ts';
import { bankAccountDetector } from './bank-account.ts';
import { creditCardDetector } from './credit-card.ts';
import { dateOfBirthDetector } from './date-of-birth.ts';
import type { Detector, PiiFinding, PiiType } from './detector.ts';
import { emailDetector } from './email.ts';
import { hkidDetector } from './hkid.ts';
import { ipAddressDetector } from './ip-address.ts';
import { passportDetector } from './passport.ts';
import { personDetector } from './person.ts';
import { phoneDetector } from './phone.ts';

/** Every personal-data detector, in the order their findings win a tie over the same characters. */
export const PII_DETECTORS: readonly Detector[] = [
  hkidDetector,
  emailDetector,
  creditCardDetector,
  bankAccountDetector,
  passportDetector,
  ipAddressDetector,
  dateOfBirthDetector,
  phoneDetector,
  addressDetector,
  personDetector,
];

export interface DetectPiiOptions {
  /** Only these types (default: all). */
  types?: readonly PiiType[];
  /** Findings below this confidence are dropped (default 0.5). */
  minConfidence?: number;
}

/**
 * Runs the personal-data detectors and keeps the best finding where two overlap (higher
 * confidence, then the detector listed first). Findings come back in text order.
 *
 * @example detectPii('HKID A123456(3), 電話 9123 4567').map((f) => f.type) // ['HKID', 'PHONE']
 */
export function detectPii(text: string, options: DetectPiiOptions = {}): PiiFinding[] {
  const minConfidence = options.minConfidence ?? 0.5;
  const candidates: { finding: PiiFinding; rank: number }[] = [];
  PII_DETECTORS.forEach((detector, rank) => {
    if (options.types && !options.types.includes(detector.type)) return;
    for (const finding of detector.detect(text)) {
      if (finding.confidence >= minConfidence) candidates.push({ finding, rank });
    }
  });
  candidates.sort((a, b) => b.finding.confidence - a.finding.confidence || a.rank - b.rank);
  const kept: PiiFinding[] = [];
  for (const { finding } of candidates) {
    if (!kept.some((k) => k.start < finding.end && finding.start < k.end)) kept.push(finding);
  }
  return kept.sort((a, b) => a.start - b.start);
}
