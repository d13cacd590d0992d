import { readdirSync, readFileSync } from 'node:fs';
import type { z } from 'zod';
import { type AttackFamilyFile, attackFamilyFileSchema, type BenignKindFile, benignKindFileSchema } from './schema.ts';

export interface CorpusFiles {
  attacks: AttackFamilyFile[];
  benign: BenignKindFile[];
}

function readAll<T>(folder: URL, parse: (raw: unknown, file: string) => T): T[] {
  return readdirSync(folder)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => parse(JSON.parse(readFileSync(new URL(f, folder), 'utf8')) as unknown, f));
}

function parseWith<T>(schema: z.ZodType<T>) {
  return (raw: unknown, file: string): T => {
    const result = schema.safeParse(raw);
    if (!result.success) throw new Error(`${file}: ${result.error.message}`);
    return result.data;
  };
}

/**
 * The committed corpus files (src/guard/corpus/attacks/*.json, benign/*.json), validated. Throws
 * naming the file on a malformed one.
 */
export function loadCorpusFiles(root = new URL('./', import.meta.url)): CorpusFiles {
  return {
    attacks: readAll(new URL('attacks/', root), parseWith(attackFamilyFileSchema)),
    benign: readAll(new URL('benign/', root), parseWith(benignKindFileSchema)),
  };
}
