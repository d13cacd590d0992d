import type { Extracted, UploadedFile } from './extracted.ts';
import type { FileType } from './file-type.ts';
import { assertWithinTextLimit } from './import-limits.ts';
import { IMPORTERS } from './importers/index.ts';
import { storableExtracted } from './storable-extracted.ts';

/**
 * Runs the importer for `type` on the file, in this thread: refuses more than `maxTextChars`
 * characters of text and makes every string storable. {@link parseIsolated} runs it in a worker.
 */
export async function parseFile(file: UploadedFile, type: FileType, maxTextChars: number): Promise<Extracted> {
  const extracted = await IMPORTERS[type].run(file);
  assertWithinTextLimit(extracted, maxTextChars);
  return storableExtracted(extracted);
}
