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
import { defaultTaggerWeights } from './tagger-model.ts';
import { wordsOf } from './tagger-features.ts';
import { spansOf, tagWords } from './token-tagger.ts';

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
  /** Let the trained word tagger redraw names and addresses in Latin script (default true). */
  tagger?: boolean;
}

/**
 * More Latin letters than Chinese characters. The tagger learned from English text; in text that
 * is mostly Chinese its features are words it never saw, so the Chinese rules decide alone (and
 * the scan of a Chinese FAQ page does not pay for it).
 */
function mostlyLatin(text: string): boolean {
  let latin = 0;
  let han = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122) || (code >= 0xc0 && code <= 0x24f)) latin++;
    else if (code >= 0x3400 && code <= 0x9fff) han++;
  }
  return latin > han;
}

/** A finding the tagger redraws: a name or address with no Chinese in it. */
const LATIN_TAGGED = (f: PiiFinding) =>
  (f.type === 'PERSON' || f.type === 'ADDRESS') && !/[\u3400-\u9fff]/.test(f.value);

/**
 * Runs the personal-data detectors and keeps the best finding where two overlap (higher
 * confidence, then the detector listed first); then, in text that is mostly Latin script, the
 * trained word tagger (`token-tagger.ts`) widens the names and addresses found and adds the ones
 * the rules missed. Findings come back in text order.
 *
 * @example detectPii('HKID A123456(3), 電話 9123 4567').map((f) => f.type) // ['HKID', 'PHONE']
 */
export function detectPii(text: string, options: DetectPiiOptions = {}): PiiFinding[] {
  const minConfidence = options.minConfidence ?? 0.5;
  const wanted = (type: PiiType) => !options.types || options.types.includes(type);
  const candidates: { finding: PiiFinding; rank: number }[] = [];
  PII_DETECTORS.forEach((detector, rank) => {
    if (!wanted(detector.type)) return;
    for (const finding of detector.detect(text)) {
      if (finding.confidence >= minConfidence) candidates.push({ finding, rank });
    }
  });
  const rules = resolveOverlaps(candidates);
  if (options.tagger === false || !(wanted('PERSON') || wanted('ADDRESS')) || !mostlyLatin(text)) return rules;
  // The tagger reads the rules' labels and gives its own for Latin-script names and addresses.
  const words = wordsOf(text, rules);
  const tagged = spansOf(text, words, tagWords(defaultTaggerWeights(), words), rules).filter(
    (f) => wanted(f.type) && f.confidence >= minConfidence,
  );
  const rank = PII_DETECTORS.length;
  return resolveOverlaps([
    ...rules.filter((f) => !LATIN_TAGGED(f)).map((finding) => ({ finding, rank: 0 })),
    ...tagged.map((finding) => ({ finding, rank })),
  ]);
}

/**
 * Keeps the best finding where two overlap (higher confidence, then lower rank); text order.
 * Findings are first split into clusters that overlap nothing outside themselves, so a long text
 * with thousands of findings costs the sort, not every pair.
 */
function resolveOverlaps(candidates: { finding: PiiFinding; rank: number }[]): PiiFinding[] {
  const byStart = [...candidates].sort((a, b) => a.finding.start - b.finding.start);
  const kept: PiiFinding[] = [];
  let cluster: { finding: PiiFinding; rank: number }[] = [];
  let clusterEnd = -1;
  const settle = () => {
    cluster.sort((a, b) => b.finding.confidence - a.finding.confidence || a.rank - b.rank);
    const chosen: PiiFinding[] = [];
    for (const { finding } of cluster) {
      if (!chosen.some((k) => k.start < finding.end && finding.start < k.end)) chosen.push(finding);
    }
    kept.push(...chosen.sort((a, b) => a.start - b.start));
  };
  for (const candidate of byStart) {
    if (candidate.finding.start >= clusterEnd && cluster.length > 0) {
      settle();
      cluster = [];
    }
    cluster.push(candidate);
    clusterEnd = Math.max(clusterEnd, candidate.finding.end);
  }
  if (cluster.length > 0) settle();
  return kept;
}
