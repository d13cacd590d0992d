import { createHash } from 'node:crypto';
import type { Extracted, UploadedFile } from './extracted.ts';
import { detectFileType, FILE_TYPES } from './file-type.ts';
import { ImportError } from './import-error.ts';
import { DEFAULT_IMPORT_LIMITS, type ImportLimits } from './import-limits.ts';
import { IMPORTERS, importCkan, importCkanSnapshot } from './importers/index.ts';
import { parseIsolated } from './parse-isolated.ts';
import { type SafeFetchOptions, safeFetch } from './safe-fetch.ts';
import { storableExtracted } from './storable-extracted.ts';

/** Where content comes from: an uploaded file, a web page or document URL, or a CKAN catalogue. */
export type SourceInput =
  | { type: 'file'; file: UploadedFile }
  | { type: 'url'; url: string }
  | { type: 'ckan'; baseUrl: string; query?: string | undefined; limit?: number | undefined };

/** The content of one import, ready to chunk, with what provenance records about it. */
export interface ExtractedSource {
  extracted: Extracted;
  origin: string;
  mediaType: string;
  importer: string;
  contentSha256: string;
}

const sha256 = (data: Buffer | string) => createHash('sha256').update(data).digest('hex');

/**
 * A CKAN `package_search` response kept on disk (no fetch), read as the catalogue at `baseUrl`.
 * `origin` names the snapshot, not the live API, so the catalogue refresh job never fetches it.
 */
export function extractCkanSnapshot(
  json: unknown,
  snapshot: { baseUrl: string; origin: string; title: string },
): ExtractedSource {
  const extracted = storableExtracted(importCkanSnapshot(json, snapshot.baseUrl, snapshot.title));
  return {
    extracted,
    origin: snapshot.origin,
    mediaType: 'application/json',
    importer: 'ckan@1',
    contentSha256: sha256(JSON.stringify(extracted)),
  };
}

/** How to fetch (URL and catalogue imports) and what one import may cost (see {@link ImportLimits}). */
export type ExtractOptions = SafeFetchOptions & {
  onProgress?: (done: number, total: number) => void;
  limits?: Partial<ImportLimits> | undefined;
};

/**
 * Runs the right importer for the input. Files are typed by extension and checked against their
 * bytes; URLs are fetched without reaching private addresses unless `fetchOptions` allow it.
 * Files and fetched documents are parsed in a memory-capped worker thread ({@link parseIsolated});
 * text PostgreSQL cannot store (NUL, lone surrogates) is cleaned out of every importer's output.
 */
export async function extractSource(input: SourceInput, fetchOptions: ExtractOptions = {}): Promise<ExtractedSource> {
  const limits = { ...DEFAULT_IMPORT_LIMITS, ...fetchOptions.limits };
  if (input.type === 'file') {
    const type = detectFileType(input.file.fileName, input.file.bytes);
    const importer = IMPORTERS[type];
    const extracted = await parseIsolated(input.file, type, limits);
    return {
      extracted,
      origin: input.file.fileName,
      mediaType: FILE_TYPES[type].mediaType,
      importer: `${importer.name}@${importer.version}`,
      contentSha256: sha256(input.file.bytes),
    };
  }
  if (input.type === 'ckan') {
    const extracted = storableExtracted(
      await importCkan({
        ...fetchOptions,
        baseUrl: input.baseUrl,
        query: input.query,
        limit: input.limit,
      }),
    );
    const origin = `${input.baseUrl.replace(/\/+$/, '')}/api/3/action/package_search?q=${input.query ?? ''}`;
    return {
      extracted,
      origin,
      mediaType: 'application/json',
      importer: 'ckan@1',
      // The catalogue's content, not the response bytes: paging and timestamps must not make a new version.
      contentSha256: sha256(JSON.stringify(extracted)),
    };
  }
  const fetched = await safeFetch(input.url, fetchOptions);
  const file = { fileName: new URL(fetched.url).pathname.split('/').pop() || 'page.html', bytes: fetched.bytes };
  let extracted: Extracted;
  let importer: string;
  if (/pdf/i.test(fetched.contentType) || fetched.bytes.subarray(0, 5).toString() === '%PDF-') {
    extracted = await parseIsolated(file, 'pdf', limits);
    importer = 'pdf@1';
  } else if (/html|xml/i.test(fetched.contentType) || /^\s*</.test(fetched.bytes.subarray(0, 200).toString())) {
    extracted = await parseIsolated(file, 'html', limits);
    importer = 'html@1';
  } else {
    throw new ImportError('unsupported_type', {
      en: `${fetched.url} is ${fetched.contentType || 'of unknown type'}; URLs must be web pages or PDFs`,
      zhHant: `${fetched.url} 的類型為 ${fetched.contentType || '不明'}；網址須為網頁或 PDF 檔案`,
    });
  }
  return {
    extracted,
    origin: fetched.url,
    mediaType: fetched.contentType || 'text/html',
    importer,
    contentSha256: sha256(fetched.bytes),
  };
}
