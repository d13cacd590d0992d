/** Longest match we look for (`<!DOCTYPE`, with room for whitespace after `<!`), carried across chunks. */
const CARRY = 32;
const DECLARATION = /<!\s*(DOCTYPE|ENTITY)/i;

/**
 * Finds a `<!DOCTYPE` or `<!ENTITY` anywhere in an XML part, fed chunk by chunk so a part of any
 * size is scanned in constant memory (a declaration after a 70 KB comment is still found).
 * NUL bytes are dropped before matching: ASCII markup in UTF-16 (either byte order, with or
 * without a BOM) or UTF-32 is its ASCII bytes with NULs between, so one byte-level match covers
 * every encoding an XML parser would accept, without trusting the part's declared encoding.
 */
export class DeclarationScanner {
  private tail = '';
  found = false;

  /** Scans the next chunk; true once a declaration has been seen. */
  push(chunk: Buffer): boolean {
    if (this.found) return true;
    const text = this.tail + withoutNul(chunk).toString('latin1');
    this.found = DECLARATION.test(text);
    this.tail = text.slice(-CARRY);
    return this.found;
  }
}

function withoutNul(chunk: Buffer): Buffer {
  if (!chunk.includes(0)) return chunk;
  const kept = Buffer.allocUnsafe(chunk.length);
  let length = 0;
  for (const byte of chunk) if (byte !== 0) kept[length++] = byte;
  return kept.subarray(0, length);
}
