import type { z } from 'zod';

/** A refused line of a data table, by its number (1-based). */
export interface LineIssue {
  line: number;
  message: string;
}

/**
 * Reads a versioned data table: `#` comment lines, one of them `# version: N`, and tab-separated rows
 * checked against `rowSchema`. Each valid row goes to `take`, which returns why it refuses the row (a
 * duplicate) or undefined. Errors are data, every bad line named; a missing version is one of them.
 *
 * @example readVersionedRows('# version: 1\n领牌\t100\n', rowSchema, 'expected word<TAB>frequency', take)
 */
export function readVersionedRows<Row>(
  text: string,
  rowSchema: z.ZodType<Row>,
  expected: string,
  take: (row: Row) => string | undefined,
): { ok: true; version: number } | { ok: false; issues: LineIssue[] } {
  const issues: LineIssue[] = [];
  let version: number | undefined;
  text.split('\n').forEach((raw, i) => {
    const line = raw.replace(/\r$/u, '');
    if (line === '') return;
    if (line.startsWith('#')) {
      const declared = /^#\s*version:\s*(\d+)\s*$/u.exec(line);
      if (declared) version = Number(declared[1]);
      return;
    }
    const parsed = rowSchema.safeParse(line.split('\t'));
    const refused = parsed.success ? take(parsed.data) : (parsed.error.issues[0]?.message ?? expected);
    if (refused !== undefined) issues.push({ line: i + 1, message: refused });
  });
  if (version === undefined) issues.unshift({ line: 1, message: 'missing "# version: N" header' });
  return issues.length > 0 || version === undefined ? { ok: false, issues } : { ok: true, version };
}
