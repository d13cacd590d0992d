import { z } from 'zod';

/**
 * The colloquial → written table (data/cantonese-written.tsv) as data with a schema: a `# version: N`
 * header line, then one `colloquial<TAB>written` row per line. `-` as written drops the word (a
 * particle); a row mapping a word to itself protects a written word holding a colloquial character.
 */
export interface CantoneseTable {
  version: number;
  /** Colloquial → written; a dropped word maps to a space so the words around it do not fuse. */
  map: Map<string, string>;
  /** Length of the longest colloquial entry, for longest-match rewriting. */
  longest: number;
}

const rowSchema = z.tuple([
  z.string().min(1).regex(/^\S+$/u, 'colloquial side has no spaces'),
  z
    .string()
    .min(1)
    .regex(/^(?:-|\S+)$/u, 'written side is "-" or a word without spaces'),
]);

export type TableParseResult =
  | { ok: true; value: CantoneseTable }
  | { ok: false; issues: { line: number; message: string }[] };

/**
 * Parses and validates the table text: errors as data, every bad line named (a duplicate colloquial
 * entry too, since a later row would silently win).
 *
 * @example parseCantoneseTable('# version: 1\n佢哋\t他們\n').ok // true
 */
export function parseCantoneseTable(text: string): TableParseResult {
  const issues: { line: number; message: string }[] = [];
  const map = new Map<string, string>();
  let version: number | undefined;
  let longest = 1;
  text.split('\n').forEach((raw, i) => {
    const line = raw.replace(/\r$/u, '');
    if (line === '') return;
    if (line.startsWith('#')) {
      const declared = /^#\s*version:\s*(\d+)\s*$/u.exec(line);
      if (declared) version = Number(declared[1]);
      return;
    }
    const parsed = rowSchema.safeParse(line.split('\t'));
    if (!parsed.success) {
      issues.push({ line: i + 1, message: parsed.error.issues[0]?.message ?? 'expected colloquial<TAB>written' });
      return;
    }
    const [colloquial, written] = parsed.data;
    if (map.has(colloquial)) {
      issues.push({ line: i + 1, message: `duplicate colloquial entry ${colloquial}` });
      return;
    }
    map.set(colloquial, written === '-' ? ' ' : written);
    longest = Math.max(longest, colloquial.length);
  });
  if (version === undefined) issues.unshift({ line: 1, message: 'missing "# version: N" header' });
  if (issues.length > 0 || version === undefined) return { ok: false, issues };
  return { ok: true, value: { version, map, longest } };
}
