import { parentPort } from 'node:worker_threads';
import type { ChunkDraft } from './chunk.ts';
import { type DraftFinding, scanDraft } from './draft-findings.ts';
import type { FileType } from './file-type.ts';
import { ImportError } from './import-error.ts';
import { parseFile } from './parse-file.ts';

/** What the parent sends: a file to parse (its bytes arrive as a Uint8Array), or a draft to scan. */
export type WorkerRequest = ParseRequest | ScanRequest;

export interface ScanRequest {
  kind: 'scan';
  chunks: ChunkDraft[];
  blocklist: string[];
}

export interface ParseRequest {
  kind: 'parse';
  fileName: string;
  bytes: Uint8Array;
  type: FileType;
  maxTextChars: number;
}

/** The worker's answer: the result, or an import error as data (classes do not cross threads). */
export type WorkerAnswer =
  | { ok: true; extracted: Awaited<ReturnType<typeof parseFile>> }
  | { ok: true; findings: DraftFinding[] }
  | { ok: false; code: ImportError['code'] | null; message: string; zhHant?: string | null };

async function answer(request: WorkerRequest): Promise<WorkerAnswer> {
  if (request.kind === 'scan') return { ok: true, findings: scanDraft(request.chunks, new Set(request.blocklist)) };
  const bytes = Buffer.from(request.bytes.buffer, request.bytes.byteOffset, request.bytes.byteLength);
  try {
    const extracted = await parseFile({ fileName: request.fileName, bytes }, request.type, request.maxTextChars);
    return { ok: true, extracted };
  } catch (error) {
    return error instanceof ImportError
      ? { ok: false, code: error.code, message: error.message, zhHant: error.zhHant }
      : { ok: false, code: null, message: (error as Error).message };
  }
}

// Entry of a parse worker (see parse-isolated.ts): one request at a time, answered in order.
parentPort?.on('message', (request: WorkerRequest) => {
  void answer(request).then((reply) => parentPort?.postMessage(reply));
});
parentPort?.postMessage('ready');
