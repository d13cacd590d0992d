/**
 * Text PostgreSQL (and PGlite) cannot store: the NUL character, which `text` and `jsonb` refuse,
 * and UTF-16 surrogates without their pair, which have no UTF-8 encoding. JavaScript strings hold
 * both happily, so anything from outside must be checked (or cleaned) before it reaches a write:
 * one such value used to fail a whole batch of other people's rows.
 */

// Without the `u` flag the pattern sees UTF-16 code units, which is what finds a lone half.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding NUL is the point
const UNSTORABLE = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding NUL is the point
const UNSTORABLE_ALL = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** True when `text` holds no NUL and no unpaired surrogate. */
export function isStorableText(text: string): boolean {
  return !UNSTORABLE.test(text);
}

/**
 * `text` with NUL removed and each unpaired surrogate replaced by U+FFFD (what a UTF-8 decoder
 * shows for it): for content where refusing is wrong, such as the text inside an uploaded document.
 *
 * @example storableText('a\u0000b\ud800') // 'ab\ufffd'
 */
export function storableText(text: string): string {
  return isStorableText(text) ? text : text.replace(UNSTORABLE_ALL, (found) => (found === '\u0000' ? '' : '\ufffd'));
}

/**
 * The path of the first string (or object key) in a JSON-like value that cannot be stored, e.g.
 * `['messages', '0', 'content']`, or null when everything can be.
 */
export function findUnstorableText(value: unknown, path: string[] = []): string[] | null {
  if (typeof value === 'string') return isStorableText(value) ? null : path;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i += 1) {
      const found = findUnstorableText(value[i], [...path, String(i)]);
      if (found) return found;
    }
    return null;
  }
  if (value !== null && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      if (!isStorableText(key)) return [...path, key];
      const found = findUnstorableText(inner, [...path, key]);
      if (found) return found;
    }
  }
  return null;
}

/**
 * Cuts `text` to at most `max` UTF-16 units without splitting a surrogate pair (a plain `slice`
 * can leave half an emoji, which is then unstorable).
 */
export function truncateText(text: string, max: number): string {
  if (text.length <= max) return text;
  const code = text.charCodeAt(max - 1);
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? max - 1 : max);
}
