import { createCipheriv, createDecipheriv, createHmac } from 'node:crypto';
import type { PiiFinding, PiiType } from './detector.ts';

/** What to do with personal data found in a text. `block` refuses the text; the others rewrite it. */
export type PiiAction = 'mask' | 'pseudonymise' | 'drop' | 'block';

export interface PseudonymKey {
  /** 32 bytes of secret key material (e.g. from LIONROCK_GUARD_KEY); without it nothing can be reversed. */
  key: Buffer;
  /** The conversation: the same value gets the same pseudonym inside it, a different one elsewhere. */
  conversationId: string;
}

const TOKEN = /⟦([A-Z_]+):([A-Za-z0-9_-]+)⟧/g;

/**
 * Masks a value keeping its shape and last characters, so a citizen can recognise their own
 * data: `A123456(3)` → `A*******(3)`-like, `91234567` → `******67`.
 */
export function maskValue(type: PiiType, value: string): string {
  const chars = Array.from(value);
  if (type === 'EMAIL') {
    const at = value.indexOf('@');
    return `${value.slice(0, 1)}***${value.slice(at)}`;
  }
  const keep = type === 'PERSON' || type === 'ADDRESS' ? 1 : type === 'HKID' ? 1 : 2;
  return chars
    .map((ch, i) => {
      if (type === 'HKID' || type === 'PERSON' || type === 'ADDRESS')
        return i < keep || /[\s()（）,，]/.test(ch) ? ch : '*';
      return i >= chars.length - keep || !/[\p{L}\p{N}]/u.test(ch) ? ch : '*';
    })
    .join('');
}

function subkeys(key: PseudonymKey): { enc: Buffer; mac: Buffer } {
  const derive = (label: string) =>
    createHmac('sha256', key.key).update(`${label}\u0000${key.conversationId}`).digest();
  return { enc: derive('lionrock-pseudonym-enc'), mac: derive('lionrock-pseudonym-iv') };
}

/**
 * A pseudonym that is stable inside one conversation and reversible only with the key:
 * deterministic authenticated encryption (AES-256-GCM with a synthetic IV = HMAC of the value, the
 * SIV construction), so equal values give equal tokens and nobody without the key can link or read them.
 */
export function pseudonym(type: PiiType, value: string, key: PseudonymKey): string {
  const { enc, mac } = subkeys(key);
  const iv = createHmac('sha256', mac).update(`${type}\u0000${value}`).digest().subarray(0, 12);
  const cipher = createCipheriv('aes-256-gcm', enc, iv);
  const body = Buffer.concat([cipher.update(value, 'utf8'), cipher.final()]);
  const token = Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url');
  return `⟦${type}:${token}⟧`;
}

/** Puts the original values back into a pseudonymised text; tokens made with another key stay as they are. */
export function reversePseudonyms(text: string, key: PseudonymKey): string {
  const { enc } = subkeys(key);
  return text.replace(TOKEN, (whole, _type: string, token: string) => {
    try {
      const raw = Buffer.from(token, 'base64url');
      const decipher = createDecipheriv('aes-256-gcm', enc, raw.subarray(0, 12));
      decipher.setAuthTag(raw.subarray(12, 28));
      return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
    } catch {
      return whole;
    }
  });
}

export type RedactResult = { ok: true; text: string } | { ok: false; code: 'pii_blocked'; types: PiiType[] };

/**
 * Applies `action` to every finding. Findings must not overlap (as {@link detectPii} returns them).
 *
 * @example redact('Call 9123 4567', detectPii('Call 9123 4567'), 'mask') // {ok: true, text: 'Call **** **67'}
 */
export function redact(
  text: string,
  findings: readonly PiiFinding[],
  action: PiiAction,
  key?: PseudonymKey,
): RedactResult {
  if (action === 'block') {
    return findings.length === 0
      ? { ok: true, text }
      : { ok: false, code: 'pii_blocked', types: [...new Set(findings.map((f) => f.type))] };
  }
  if (action === 'pseudonymise' && !key) throw new Error('pseudonymise needs a key');
  let out = '';
  let at = 0;
  for (const f of [...findings].sort((a, b) => a.start - b.start)) {
    if (f.start < at) continue;
    out += text.slice(at, f.start);
    if (action === 'mask') out += maskValue(f.type, f.value);
    else if (action === 'pseudonymise' && key) out += pseudonym(f.type, f.value, key);
    at = f.end;
  }
  return { ok: true, text: out + text.slice(at) };
}
