import { z } from 'zod';
import type { LabelledQuery } from './evaluate.ts';
import { type FaqEntryInput, faqEntrySchema } from './faq-entry.ts';

/** Errors as data: either every line parsed, or the first bad lines with their line numbers. */
export type ParseResult<T> = { ok: true; value: T[] } | { ok: false; issues: { line: number; message: string }[] };

const faqLineSchema = faqEntrySchema.extend({ id: z.union([z.string().min(1), z.number()]).transform(String) });

const labelledLineSchema = z
  .object({
    q: z.string().optional(),
    query: z.string().optional(),
    id: z.union([z.string(), z.number()]).optional(),
    faq_id: z.union([z.string(), z.number()]).optional(),
  })
  .transform((line, context) => {
    const query = line.q ?? line.query;
    const expected = line.id ?? line.faq_id;
    if (query === undefined || expected === undefined) {
      context.addIssue({ code: 'custom', message: 'needs "q" or "query" and "id" or "faq_id"' });
      return z.NEVER;
    }
    return { query, expected: String(expected) } satisfies LabelledQuery;
  });

function parseLines<T>(text: string, schema: z.ZodType<T>): ParseResult<T> {
  const value: T[] = [];
  const issues: { line: number; message: string }[] = [];
  text.split('\n').forEach((raw, i) => {
    if (raw.trim() === '' || issues.length >= 5) return;
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch {
      issues.push({ line: i + 1, message: 'not valid JSON' });
      return;
    }
    const parsed = schema.safeParse(json);
    if (parsed.success) value.push(parsed.data);
    else issues.push({ line: i + 1, message: parsed.error.issues.map((issue) => issue.message).join('; ') });
  });
  return issues.length > 0 ? { ok: false, issues } : { ok: true, value };
}

/** Parses FAQ JSONL lines `{id, question, answer, department?, keywords?, …}`. */
export function parseFaqLines(text: string): ParseResult<FaqEntryInput> {
  return parseLines(text, faqLineSchema as unknown as z.ZodType<FaqEntryInput>);
}

/** Parses labelled query JSONL lines `{q|query, id|faq_id}`. */
export function parseLabelledQueryLines(text: string): ParseResult<LabelledQuery> {
  return parseLines(text, labelledLineSchema);
}
