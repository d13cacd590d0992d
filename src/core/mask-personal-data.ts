/**
 * Masks personal data before it is written where many people can read it (audit before/after,
 * logs). Fields known to hold personal data are masked whole-ish; every other string is scanned
 * for e-mail addresses, HKID numbers and phone numbers. The guard module's detectors are richer;
 * this is the floor that the platform core guarantees on its own.
 */

/** Field names (lower-cased, without `_`) whose values are personal data. */
const PERSONAL_FIELDS = new Set(['email', 'phone', 'mobile', 'hkid', 'displayname', 'name', 'fullname', 'address']);
/** Field names whose values are secrets and never leave the process. */
const SECRET_FIELDS = new Set(['key', 'apikey', 'keyhash', 'secret', 'password', 'token', 'authorization']);

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/gu;
const HKID = /\b[A-Z]{1,2}\d{6}\s?\(?[\dA]\)?/g;
const PHONE = /(?<![\d])(?:\+?852[\s-]?)?[2-9]\d{3}[\s-]?\d{4}(?![\d])/g;

/** Record ids: never personal data, and their digit groups can look like a phone number (`9123-4567`). */
const UUID = /([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})/i;

/** Keeps the first character of each part so an auditor can still tell records apart. */
export function maskString(value: string): string {
  if (!UUID.test(value)) return maskText(value);
  // Split keeps the ids (odd indexes) and masks only the text around them.
  return value
    .split(UUID)
    .map((part, i) => (i % 2 ? part : maskText(part)))
    .join('');
}

function maskText(value: string): string {
  return value
    .replace(EMAIL, (m) => {
      const [local = '', domain = ''] = m.split('@');
      return `${local.slice(0, 1)}***@${domain}`;
    })
    .replace(HKID, (m) => `${m.slice(0, 1)}******`)
    .replace(PHONE, (m) => `${'*'.repeat(Math.max(0, m.length - 2))}${m.slice(-2)}`);
}

function maskField(value: unknown): unknown {
  if (typeof value !== 'string') return value === null || value === undefined ? value : '***';
  const chars = Array.from(value);
  if (chars.length <= 1) return '*';
  return value.includes('@') ? maskString(value) : `${chars[0]}${'*'.repeat(Math.min(chars.length - 1, 8))}`;
}

/** A deep copy of `value` with personal data masked and secrets removed. */
export function maskPersonalData(value: unknown): unknown {
  if (typeof value === 'string') return maskString(value);
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(maskPersonalData);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      const name = key.toLowerCase().replaceAll('_', '');
      if (SECRET_FIELDS.has(name)) continue;
      out[key] = PERSONAL_FIELDS.has(name) ? maskField(item) : maskPersonalData(item);
    }
    return out;
  }
  return value;
}
