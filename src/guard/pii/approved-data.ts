import type { PiiFinding } from './detector.ts';

/**
 * Personal data the department itself published: a finding whose value stands in one of the
 * approved sources an answer cites (a hotline, an office e-mail) is the department's, not the
 * asker's, and the citation shows it in full anyway. What is left is what a model or the
 * conversation added, which the output stage still masks.
 *
 * Values are compared as written forms: phone numbers by their digits (`2835-1473` =
 * `+852 2835 1473`), everything else without spaces and case.
 *
 * @example notInSources(detectPii('致電 2835 1473'), ['查詢請致電 2835 1473。']) // []
 */
export function notInSources(findings: readonly PiiFinding[], sources: readonly string[]): PiiFinding[] {
  if (findings.length === 0 || sources.length === 0) return [...findings];
  const text = sources.map(plain).join('\n');
  const phones = new Set<string>();
  for (const source of sources) for (const [run] of source.matchAll(DIGIT_RUN)) phones.add(phoneKey(run));
  return findings.filter((f) => (f.type === 'PHONE' ? !phones.has(phoneKey(f.value)) : !text.includes(plain(f.value))));
}

/** Digits grouped as a number is written: `+852 2835 1473`, `(852) 2835-1473`, `28351473`. */
const DIGIT_RUN = /\+?\(?\d[\d \t().-]*\d/g;

function phoneKey(value: string): string {
  const digits = value.replace(/\D/g, '');
  return digits.length === 11 && digits.startsWith('852') ? digits.slice(3) : digits;
}

const plain = (text: string) => text.replace(/\s+/g, '').toLowerCase();
