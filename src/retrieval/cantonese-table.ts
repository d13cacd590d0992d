import { z } from 'zod';
import { type LineIssue, readVersionedRows } from './versioned-table.ts';

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

export type TableParseResult = { ok: true; value: CantoneseTable } | { ok: false; issues: LineIssue[] };

/**
 * Parses and validates the table text: errors as data, every bad line named (a duplicate colloquial
 * entry too, since a later row would silently win).
 *
 * @example parseCantoneseTable('# version: 1\n佢哋\t他們\n').ok // true
 */
export function parseCantoneseTable(text: string): TableParseResult {
  const map = new Map<string, string>();
  let longest = 1;
  const read = readVersionedRows(text, rowSchema, 'expected colloquial<TAB>written', ([colloquial, written]) => {
    if (map.has(colloquial)) return `duplicate colloquial entry ${colloquial}`;
    map.set(colloquial, written === '-' ? ' ' : written);
    longest = Math.max(longest, colloquial.length);
    return undefined;
  });
  return read.ok ? { ok: true, value: { version: read.version, map, longest } } : read;
}
