/**
 * Undoes the tricks attackers use to slip instructions past a filter, so rules and the classifier
 * see what a model would read: zero-width and bidi characters, full-width and other compatibility
 * forms (NFKC), Cyrillic/Greek homoglyphs inside Latin words, spaced-out letters, and base64 / hex /
 * URL-encoded payloads (decoded and appended). Every trick found is reported, because hiding text
 * is itself a sign of attack.
 */

/**
 * The obfuscations `normalise` reports, in English (the verdict's reasons) with their Traditional
 * Chinese words: typed, so a new obfuscation cannot be reported without them.
 */
export const OBFUSCATIONS = {
  'zero-width or bidi characters': '零寬度或雙向控制字元',
  'full-width letters': '全形字母',
  homoglyphs: '混入外觀相似的外文字母',
  'spaced-out letters': '字母之間加插空格或符號',
  'split characters': '字與字之間加插符號',
  'base64 payload': 'Base64 編碼的內容',
  'hex payload': '十六進制編碼的內容',
  'URL-encoded payload': 'URL 編碼的內容',
} as const satisfies Record<string, string>;
export type Obfuscation = keyof typeof OBFUSCATIONS;

export interface Normalised {
  /** Lower-cased, de-obfuscated text with any decoded payloads appended on new lines. */
  text: string;
  /** The obfuscations found, e.g. `zero-width or bidi characters`, `base64 payload`. */
  signals: Obfuscation[];
  /** Where the appended decoded payloads begin in `text` (its length when there are none). */
  decodedFrom: number;
}

const INVISIBLE =
  // biome-ignore lint/suspicious/noMisleadingCharacterClass: these invisible characters are exactly what we strip
  /[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\u3164\ufeff\uffa0]/g;
/** Full-width Latin letters (not punctuation or digits, which Chinese text uses every day). */
const FULL_WIDTH_LATIN = /[\uff21-\uff3a\uff41-\uff5a]{2,}/;
/** Cyrillic and Greek letters that look like Latin ones. */
const HOMOGLYPHS: Record<string, string> = {
  а: 'a',
  е: 'e',
  о: 'o',
  р: 'p',
  с: 'c',
  у: 'y',
  х: 'x',
  і: 'i',
  ј: 'j',
  ѕ: 's',
  ԁ: 'd',
  ɡ: 'g',
  һ: 'h',
  ӏ: 'l',
  А: 'a',
  В: 'b',
  Е: 'e',
  К: 'k',
  М: 'm',
  Н: 'h',
  О: 'o',
  Р: 'p',
  С: 'c',
  Т: 't',
  Х: 'x',
  І: 'i',
  Ү: 'y',
  α: 'a',
  ο: 'o',
  ε: 'e',
  ι: 'i',
  κ: 'k',
  ν: 'v',
  ρ: 'p',
  τ: 't',
  υ: 'u',
  χ: 'x',
  Α: 'a',
  Β: 'b',
  Ε: 'e',
  Ι: 'i',
  Κ: 'k',
  Μ: 'm',
  Ν: 'n',
  Ο: 'o',
  Ρ: 'p',
  Τ: 't',
  Χ: 'x',
  Υ: 'y',
  Ζ: 'z',
};
const HOMOGLYPH_CLASS = new RegExp(`[${Object.keys(HOMOGLYPHS).join('')}]`, 'g');
/** A Latin word with a look-alike letter inside it. */
const MIXED_WORD = new RegExp(
  `[a-z][${Object.keys(HOMOGLYPHS).join('')}]|[${Object.keys(HOMOGLYPHS).join('')}][a-z]`,
  'i',
);
/** Leet digits inside Latin words: `1gn0re` → `ignore`. */
const LEET: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', $: 's' };
/** `@` is left alone: an e-mail address is no leetspeak (`public@example.com` must stay one). */
const LEET_WORD = /\b(?=[a-z0-9$]*[a-z])(?=[a-z0-9$]*[013457$])[a-z0-9$]{4,}\b/g;
/** More digits than letters: an identity number, a reference or a postcode (`a123456`), not leetspeak. */
const mostlyDigits = (word: string) => word.replace(/[^0-9]/g, '').length > word.replace(/[^a-z]/g, '').length;
/** Four or more single Latin letters split by a separator: `i g n o r e`, `i.g.n.o.r.e`. */
const SPACED = /(?<![\p{L}])(?:[a-z][ ._\-*]){3,}[a-z](?![\p{L}])/gu;
/** Chinese has no spaces between characters: a space there only splits the n-grams (「之 前 嘅」). */
const CJK_SPACE = /(?<=[\u3400-\u9fff\uf900-\ufaff])[ \t\u3000]+(?=[\u3400-\u9fff\uf900-\ufaff])/g;
/**
 * Four or more single Chinese characters each followed by the same separator that is not a space:
 * an emoji, a dot, a symbol or a line break (「忽💥略💥全💥部」, one character a line).
 */
const SPLIT_CJK =
  /(?:[\u3400-\u9fff\uf900-\ufaff]([.\-_*·•、|/~\n]|\p{Extended_Pictographic}|\s*\n\s*)){3,}[\u3400-\u9fff\uf900-\ufaff]/gu;
const BASE64 = /(?<![A-Za-z0-9+/=_-])[A-Za-z0-9+/_-]{16,}={0,2}(?![A-Za-z0-9+/=_-])/g;
const HEX = /(?<![0-9a-fA-F])(?:[0-9a-fA-F]{2}[\s:]?){8,}(?![0-9a-fA-F])/g;
const PERCENT = /(?:%[0-9a-fA-F]{2}){3,}/;
const MAX_DECODED = 4096;

function printableRatio(value: string): number {
  if (value.length === 0) return 0;
  let printable = 0;
  for (const ch of value) {
    const code = ch.codePointAt(0) ?? 0;
    if ((code >= 32 && code < 127) || code === 10 || code === 13 || code === 9 || code >= 0x3000) printable++;
  }
  return printable / Array.from(value).length;
}

function decodeBase64(token: string): string | null {
  if (!/[A-Z]/.test(token) || !/[a-z]/.test(token)) return null;
  const decoded = Buffer.from(token.replaceAll('-', '+').replaceAll('_', '/'), 'base64').toString('utf8');
  if (decoded.length < 8 || decoded.includes('\ufffd') || printableRatio(decoded) < 0.95) return null;
  return /[a-z]{3,}|[\u4e00-\u9fff]{2,}/i.test(decoded) ? decoded : null;
}

function decodeHex(token: string): string | null {
  const decoded = Buffer.from(token.replace(/[\s:]/g, ''), 'hex').toString('utf8');
  if (decoded.includes('\ufffd') || printableRatio(decoded) < 0.95) return null;
  return /[a-z]{3,}|[\u4e00-\u9fff]{2,}/i.test(decoded) ? decoded : null;
}

/** Normalises `input` for injection detection. Linear in the input length. */
export function normalise(input: string): Normalised {
  const signals = new Set<Obfuscation>();
  let text = input;
  if (INVISIBLE.test(text)) {
    signals.add('zero-width or bidi characters');
    text = text.replace(INVISIBLE, '');
  }
  if (FULL_WIDTH_LATIN.test(text)) signals.add('full-width letters');
  text = text.normalize('NFKC');
  if (MIXED_WORD.test(text)) signals.add('homoglyphs');
  text = text.replace(HOMOGLYPH_CLASS, (ch) => HOMOGLYPHS[ch] ?? ch).toLowerCase();
  text = text.replace(SPACED, (run) => {
    signals.add('spaced-out letters');
    return run.replace(/[ ._\-*]/g, '');
  });
  text = text.replace(SPLIT_CJK, (run) => {
    signals.add('split characters');
    return run.replace(/[^\u3400-\u9fff\uf900-\ufaff]/gu, '');
  });
  text = text.replace(CJK_SPACE, '');
  text = text.replace(LEET_WORD, (word) =>
    mostlyDigits(word) || /^\d+(?:st|nd|rd|th|am|pm|s|k|km|kg|m|mm|cm|g|ml|hrs?|mins?)$/.test(word)
      ? word
      : word.replace(/[0134578$]/g, (c) => LEET[c] ?? c),
  );
  const decoded: string[] = [];
  let budget = MAX_DECODED;
  const collect = (kind: Obfuscation, value: string | null) => {
    if (!value || budget <= 0) return;
    signals.add(kind);
    decoded.push(value.slice(0, budget).toLowerCase());
    budget -= value.length;
  };
  for (const m of input.matchAll(BASE64)) collect('base64 payload', decodeBase64(m[0]));
  for (const m of input.matchAll(HEX)) collect('hex payload', decodeHex(m[0]));
  if (PERCENT.test(input)) {
    try {
      collect('URL-encoded payload', decodeURIComponent(input.replace(/\+/g, ' ')));
    } catch {
      // Malformed percent-encoding is left as it is.
    }
  }
  const decodedFrom = text.length;
  if (decoded.length > 0) text = `${text}\n${decoded.map((d) => normalise(d).text).join('\n')}`;
  return { text, signals: [...signals], decodedFrom };
}

/** Folds Cyrillic/Greek look-alikes and compatibility forms to plain Latin (`һѕbс` → `hsbc`). */
export function foldHomoglyphs(text: string): string {
  return text.normalize('NFKC').replace(HOMOGLYPH_CLASS, (ch) => HOMOGLYPHS[ch] ?? ch);
}
