import { readFile, rename, writeFile } from 'node:fs/promises';
import { LexicalRetriever, type LexicalRetrieverOptions, type LexicalSnapshot } from './lexical-retriever.ts';

/** Writes a retriever's snapshot to a file atomically (write beside, then rename). */
export async function saveSnapshot(retriever: LexicalRetriever, path: string): Promise<void> {
  const temporary = `${path}.${process.pid}.tmp`;
  await writeFile(temporary, JSON.stringify(retriever.snapshot()));
  await rename(temporary, path);
}

/** Reloads a retriever saved with {@link saveSnapshot}; no text is analysed again. */
export async function loadSnapshot(path: string, options: LexicalRetrieverOptions = {}): Promise<LexicalRetriever> {
  return LexicalRetriever.restore(JSON.parse(await readFile(path, 'utf8')) as LexicalSnapshot, options);
}
