import { describe, expect, it } from 'vitest';
import { assertSafeZip } from './safe-zip.ts';
import { docxParts, makeZip } from './testing/make-files.ts';

const DOCUMENT = (prolog: string) =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>${prolog}<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>x</w:t></w:r></w:p></w:body></w:document>`;
const XXE = '<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>';

describe('the zip guard counts what parts really inflate to', () => {
  it('refuses a part whose header claims 100 bytes but which inflates to 64 MB', async () => {
    const lying = makeZip([
      ...docxParts(DOCUMENT('')),
      { name: 'word/media/image1.png', data: Buffer.alloc(64 * 1024 * 1024), declaredSize: 100 },
    ]);
    expect(lying.length).toBeLessThan(200_000);
    await expect(assertSafeZip(lying)).rejects.toMatchObject({
      code: 'zip_bomb',
      message: expect.stringContaining('word/media/image1.png'),
    });
  });

  it('refuses an archive whose parts together inflate past the total limit, naming it', async () => {
    const noisy = (seed: number) => Buffer.from(Array.from({ length: 400_000 }, (_, i) => (i * seed) % 251));
    const parts = [1, 2, 3].map((seed) => ({ name: `word/media/image${seed}.bin`, data: noisy(seed + 6) }));
    await expect(
      assertSafeZip(makeZip(parts), { maxEntries: 10, maxTotalUncompressed: 1024 * 1024, maxRatio: 200 }),
    ).rejects.toMatchObject({ code: 'zip_bomb', message: /more than 1 MB \(the limit\)/ });
    await expect(
      assertSafeZip(makeZip(parts.slice(0, 2)), { maxEntries: 10, maxTotalUncompressed: 1024 * 1024, maxRatio: 200 }),
    ).resolves.toBeUndefined();
  });

  it('refuses a part compressed more than 200:1, however its size is declared', async () => {
    const bomb = makeZip([{ name: 'word/document.xml', data: Buffer.alloc(8 * 1024 * 1024, 0x20), declaredSize: 0 }]);
    await expect(assertSafeZip(bomb)).rejects.toMatchObject({ code: 'zip_bomb' });
  });
});

describe('the DOCTYPE check reads the whole of every XML part', () => {
  it('finds a DOCTYPE after a 70 KB comment', async () => {
    const late = makeZip(docxParts(DOCUMENT(`<!-- ${'padding '.repeat(9_000)} -->${XXE}`)));
    await expect(assertSafeZip(late)).rejects.toMatchObject({ code: 'external_entity' });
  });

  it('finds a DOCTYPE in a UTF-16 part, little- or big-endian, with or without a byte order mark', async () => {
    const xml = DOCUMENT(XXE).replace('UTF-8', 'UTF-16');
    const le = Buffer.from(xml, 'utf16le');
    const be = Buffer.from(le).swap16();
    for (const encoded of [
      Buffer.concat([Buffer.from([0xff, 0xfe]), le]),
      Buffer.concat([Buffer.from([0xfe, 0xff]), be]),
      le,
    ]) {
      await expect(assertSafeZip(makeZip(docxParts(encoded)))).rejects.toMatchObject({ code: 'external_entity' });
    }
  });

  it('finds a DOCTYPE split across two inflated chunks of a large part', async () => {
    // Inflate streams hand over 16-64 KB at a time; sweep the boundary across the keyword.
    for (const offset of [65_530, 65_533, 65_536]) {
      const padding = `<!--${'a'.repeat(offset - 4)}`;
      const late = makeZip(docxParts(DOCUMENT(`${padding}-->${XXE}`)));
      await expect(assertSafeZip(late)).rejects.toMatchObject({ code: 'external_entity' });
    }
  });

  it('accepts an ordinary part with comments and CDATA', async () => {
    const fine = makeZip(docxParts(DOCUMENT('<!-- a comment --><![CDATA[ <not markup> ]]>')));
    await expect(assertSafeZip(fine)).resolves.toBeUndefined();
  });
});
