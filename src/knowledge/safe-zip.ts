import yauzl from 'yauzl';
import { ImportError } from './import-error.ts';

/** Limits for Office files (which are zip archives) before any parser sees them. */
export interface ZipLimits {
  maxEntries: number;
  maxTotalUncompressed: number;
  maxRatio: number;
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxEntries: 2000,
  maxTotalUncompressed: 200 * 1024 * 1024,
  maxRatio: 200,
};

/**
 * Refuses zip bombs (too many entries, too much uncompressed data, absurd compression ratios) and
 * XML parts that declare a DOCTYPE or entities (no external entity expansion, no billion laughs),
 * by reading the archive itself rather than trusting the parser downstream.
 */
export async function assertSafeZip(bytes: Buffer, limits: ZipLimits = DEFAULT_ZIP_LIMITS): Promise<void> {
  const zip = await new Promise<yauzl.ZipFile>((resolve, reject) =>
    yauzl.fromBuffer(bytes, { lazyEntries: true, validateEntrySizes: true }, (error, file) =>
      error || !file
        ? reject(new ImportError('unreadable', `Not a readable Office file: ${error?.message}`))
        : resolve(file),
    ),
  );
  let entries = 0;
  let total = 0;
  await new Promise<void>((resolve, reject) => {
    const fail = (error: Error) => {
      zip.close();
      reject(error);
    };
    zip.on('error', (error: Error) => fail(new ImportError('unreadable', `Broken archive: ${error.message}`)));
    zip.on('end', () => resolve());
    zip.on('entry', (entry: yauzl.Entry) => {
      entries += 1;
      total += entry.uncompressedSize;
      if (entries > limits.maxEntries)
        return fail(new ImportError('zip_bomb', `The archive has more than ${limits.maxEntries} parts`));
      if (total > limits.maxTotalUncompressed)
        return fail(new ImportError('zip_bomb', 'The archive expands to more than the allowed size'));
      if (
        entry.compressedSize > 0 &&
        entry.uncompressedSize / entry.compressedSize > limits.maxRatio &&
        entry.uncompressedSize > 1_000_000
      ) {
        return fail(new ImportError('zip_bomb', `Part ${entry.fileName} is compressed suspiciously well (zip bomb?)`));
      }
      if (!/\.(xml|rels)$/i.test(entry.fileName)) return zip.readEntry();
      zip.openReadStream(entry, (error, stream) => {
        if (error || !stream) return fail(new ImportError('unreadable', `Cannot read ${entry.fileName}`));
        let head = '';
        stream.on('data', (chunk: Buffer) => {
          if (head.length < 4096) head += chunk.toString('utf8');
        });
        stream.on('error', (e: Error) => fail(new ImportError('unreadable', e.message)));
        stream.on('end', () => {
          if (/<!DOCTYPE|<!ENTITY/i.test(head)) {
            return fail(
              new ImportError(
                'external_entity',
                `Part ${entry.fileName} declares a DOCTYPE or entities, which are refused`,
              ),
            );
          }
          zip.readEntry();
        });
      });
    });
    zip.readEntry();
  });
}
