import type { Readable } from 'node:stream';
import yauzl from 'yauzl';
import { DeclarationScanner } from './declaration-scanner.ts';
import { ImportError } from './import-error.ts';

/** Limits for Office files (which are zip archives) before any parser sees them. */
export interface ZipLimits {
  maxEntries: number;
  /** Bytes all parts together may inflate to, counted while inflating (not as declared). */
  maxTotalUncompressed: number;
  /** Inflated bytes per compressed byte a part may reach once past 1 MB. */
  maxRatio: number;
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxEntries: 2000,
  maxTotalUncompressed: 200 * 1024 * 1024,
  maxRatio: 200,
};

const MB = 1024 * 1024;
const RATIO_FLOOR = MB;

/**
 * Refuses zip bombs (too many parts, too much inflated data, absurd compression ratios) and XML
 * parts that declare a DOCTYPE or entities (no external entity expansion, no billion laughs), by
 * inflating every part of the archive itself rather than trusting the parser downstream. Sizes
 * are the bytes actually inflated: the sizes an archive declares may lie (a part "of 100 bytes"
 * that inflates to 1.5 GB), and yauzl also stops a part at its declared size.
 */
export async function assertSafeZip(bytes: Buffer, limits: ZipLimits = DEFAULT_ZIP_LIMITS): Promise<void> {
  const zip = await new Promise<yauzl.ZipFile>((resolve, reject) =>
    yauzl.fromBuffer(bytes, { lazyEntries: true, validateEntrySizes: true }, (error, file) =>
      error || !file
        ? reject(
            new ImportError('unreadable', {
              en: `Not a readable Office file: ${error?.message}`,
              zhHant: `不是可讀取的 Office 檔案：${error?.message}`,
            }),
          )
        : resolve(file),
    ),
  );
  let entries = 0;
  let total = 0;
  await new Promise<void>((resolve, reject) => {
    let failed = false;
    const fail = (error: Error) => {
      if (failed) return;
      failed = true;
      zip.close();
      reject(error);
    };
    zip.on('error', (error: Error) =>
      fail(
        new ImportError('unreadable', {
          en: `Broken archive: ${error.message}`,
          zhHant: `壓縮檔已損壞：${error.message}`,
        }),
      ),
    );
    zip.on('end', () => resolve());
    zip.on('entry', (entry: yauzl.Entry) => {
      entries += 1;
      if (entries > limits.maxEntries)
        return fail(
          new ImportError('zip_bomb', {
            en: `The archive has more than ${limits.maxEntries} parts (the limit)`,
            zhHant: `壓縮檔超過 ${limits.maxEntries} 個部分（上限）`,
          }),
        );
      zip.openReadStream(entry, (error, stream) => {
        if (error || !stream)
          return fail(
            new ImportError('unreadable', {
              en: `Cannot read ${entry.fileName}`,
              zhHant: `無法讀取 ${entry.fileName}`,
            }),
          );
        inflatePart(entry, stream, limits.maxRatio, (inflated) => {
          total += inflated;
          if (total > limits.maxTotalUncompressed)
            return new ImportError('zip_bomb', {
              en: `The archive inflates to more than ${limits.maxTotalUncompressed / MB} MB (the limit)`,
              zhHant: `壓縮檔解壓後超過 ${limits.maxTotalUncompressed / MB} MB（上限）`,
            });
          return null;
        })
          .then(() => zip.readEntry())
          .catch(fail);
      });
    });
    zip.readEntry();
  });
}

/**
 * Inflates one part, reporting every chunk's size to `count` (which may refuse), checking its
 * ratio and, for XML parts, that no DOCTYPE or entity is declared anywhere in it.
 */
function inflatePart(
  entry: yauzl.Entry,
  stream: Readable,
  maxRatio: number,
  count: (inflated: number) => ImportError | null,
): Promise<void> {
  const scanner = /\.(xml|rels)$/i.test(entry.fileName) ? new DeclarationScanner() : null;
  let inflated = 0;
  return new Promise((resolve, reject) => {
    const stop = (error: Error) => {
      stream.destroy();
      reject(error);
    };
    stream.on('data', (chunk: Buffer) => {
      inflated += chunk.length;
      const refused = count(chunk.length);
      if (refused) return stop(refused);
      if (inflated > RATIO_FLOOR && inflated > Math.max(entry.compressedSize, 1) * maxRatio)
        return stop(
          new ImportError('zip_bomb', {
            en: `Part ${entry.fileName} is compressed suspiciously well (zip bomb?)`,
            zhHant: `部分 ${entry.fileName} 的壓縮比例異常（疑似壓縮炸彈）`,
          }),
        );
      if (scanner?.push(chunk))
        return stop(
          new ImportError('external_entity', {
            en: `Part ${entry.fileName} declares a DOCTYPE or entities, which are refused`,
            zhHant: `部分 ${entry.fileName} 宣告了 DOCTYPE 或實體，不予接受`,
          }),
        );
    });
    stream.on('error', (error: Error) =>
      reject(
        /too many bytes/.test(error.message)
          ? new ImportError('zip_bomb', {
              en: `Part ${entry.fileName} inflates to more than the size it declares`,
              zhHant: `部分 ${entry.fileName} 解壓後超出其聲明的大小`,
            })
          : new ImportError('unreadable', {
              en: `Cannot read ${entry.fileName}: ${error.message}`,
              zhHant: `無法讀取 ${entry.fileName}：${error.message}`,
            }),
      ),
    );
    stream.on('end', () => resolve());
  });
}
