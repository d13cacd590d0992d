import { FIELDS } from './fields.ts';

const FIELD_COUNT = FIELDS.length;
// Term frequencies of all fields packed in one small integer per posting: 6 bits per field, a count
// saturating at TF_MASK.
export const TF_BITS = 6;
export const TF_MASK = (1 << TF_BITS) - 1;

/** Serialisable form of a {@link LexicalIndex}, see {@link LexicalIndex.toJSON}. */
export interface LexicalIndexData {
  terms: string[];
  postingDocs: number[][];
  postingTfs: number[][];
  fieldLengths: number[];
  docTerms: number[][];
  live: boolean[];
}

/**
 * An inverted index over numbered documents with per-field term frequencies: the storage half of
 * BM25F. Documents get increasing numbers and are never renumbered, so a posting list stays sorted
 * and a delete is a binary search per term of the document.
 */
export class LexicalIndex {
  private readonly termIds = new Map<string, number>();
  private terms: string[] = [];
  private postingDocs: number[][] = [];
  private postingTfs: number[][] = [];
  /** Field lengths of document d at d * FIELD_COUNT + f. */
  private fieldLengths: number[] = [];
  private docTerms: (Int32Array | undefined)[] = [];
  private live: boolean[] = [];
  private liveCount = 0;
  /** Packed field frequencies of each term id in the document being added (0 otherwise). */
  private packedOf = new Int32Array(1024);
  private scratchIds = new Int32Array(256);
  private readonly lengthSums = new Float64Array(FIELD_COUNT);
  /** Live documents with a non-empty field f: averages ignore documents without the field. */
  private readonly fieldDocs = new Float64Array(FIELD_COUNT);

  /** Documents ever added (live or deleted): the size of a score array. */
  get capacity(): number {
    return this.live.length;
  }

  /** Live documents. */
  get size(): number {
    return this.liveCount;
  }

  /** Distinct terms ever seen. */
  get termCount(): number {
    return this.terms.length;
  }

  /** Adds a document given the terms of each field (in FIELDS order); returns its number. */
  add(fieldTerms: readonly (readonly string[])[]): number {
    const doc = this.live.length;
    // One dictionary lookup per term occurrence, counts kept per term id in a reused typed array
    // (a per-document Map of strings cost a second hash lookup per occurrence and its garbage).
    let distinct = 0;
    for (let f = 0; f < FIELD_COUNT; f++) {
      const terms = fieldTerms[f] ?? [];
      this.fieldLengths.push(terms.length);
      this.lengthSums[f] = (this.lengthSums[f] ?? 0) + terms.length;
      if (terms.length > 0) this.fieldDocs[f] = (this.fieldDocs[f] ?? 0) + 1;
      const shift = f * TF_BITS;
      for (const term of terms) {
        const id = this.termId(term);
        if (id >= this.packedOf.length) this.packedOf = grow(this.packedOf, id);
        const packed = this.packedOf[id] as number;
        if (packed === 0) {
          if (distinct === this.scratchIds.length) this.scratchIds = grow(this.scratchIds, distinct);
          this.scratchIds[distinct++] = id;
        }
        if (((packed >>> shift) & TF_MASK) < TF_MASK) this.packedOf[id] = packed + (1 << shift);
      }
    }
    const docIds = this.scratchIds.slice(0, distinct);
    for (let i = 0; i < distinct; i++) {
      const id = docIds[i] as number;
      (this.postingDocs[id] as number[]).push(doc);
      (this.postingTfs[id] as number[]).push(this.packedOf[id] as number);
      this.packedOf[id] = 0;
    }
    this.docTerms.push(docIds);
    this.live.push(true);
    this.liveCount++;
    return doc;
  }

  /** Removes a document from every posting list it is in. */
  remove(doc: number): void {
    const ids = this.docTerms[doc];
    if (!this.live[doc] || ids === undefined) return;
    for (const id of ids) {
      const docs = this.postingDocs[id] as number[];
      const at = binarySearch(docs, doc);
      if (at >= 0) {
        docs.splice(at, 1);
        (this.postingTfs[id] as number[]).splice(at, 1);
      }
    }
    for (let f = 0; f < FIELD_COUNT; f++) {
      const length = this.fieldLengths[doc * FIELD_COUNT + f] ?? 0;
      this.lengthSums[f] = (this.lengthSums[f] ?? 0) - length;
      if (length > 0) this.fieldDocs[f] = (this.fieldDocs[f] ?? 0) - 1;
    }
    this.docTerms[doc] = undefined;
    this.live[doc] = false;
    this.liveCount--;
  }

  isLive(doc: number): boolean {
    return this.live[doc] === true;
  }

  /** The posting list of a term, or undefined when no document has it. */
  postings(term: string): { docs: readonly number[]; tfs: readonly number[] } | undefined {
    const id = this.termIds.get(term);
    if (id === undefined) return undefined;
    const docs = this.postingDocs[id] as number[];
    return docs.length === 0 ? undefined : { docs, tfs: this.postingTfs[id] as number[] };
  }

  /**
   * The packed per-field term frequencies (TF_BITS per field, FIELDS order) of a term in a
   * document, 0 when the document does not hold it: a binary search of the term's postings.
   */
  frequencies(term: string, doc: number): number {
    const id = this.termIds.get(term);
    if (id === undefined) return 0;
    const at = binarySearch(this.postingDocs[id] as number[], doc);
    return at < 0 ? 0 : ((this.postingTfs[id] as number[])[at] as number);
  }

  /** Number of live documents that contain the term. */
  documentFrequency(term: string): number {
    const id = this.termIds.get(term);
    return id === undefined ? 0 : (this.postingDocs[id]?.length ?? 0);
  }

  /** Field lengths of every document, document d's field f at d * FIELDS.length + f (read-only; for scoring loops). */
  fieldLengthsView(): readonly number[] {
    return this.fieldLengths;
  }

  averageFieldLength(field: number): number {
    const docs = this.fieldDocs[field] ?? 0;
    return docs === 0 ? 0 : (this.lengthSums[field] ?? 0) / docs;
  }

  /** Approximate bytes held (V8 with pointer compression: 4 bytes per small integer slot). */
  estimateBytes(): number {
    let bytes = 0;
    for (const term of this.terms) bytes += 2 * term.length + 16 + 40; // string + map entry
    for (const docs of this.postingDocs) bytes += 2 * (16 + 4 * docs.length); // docs + tfs arrays
    for (const ids of this.docTerms) bytes += ids === undefined ? 0 : 64 + ids.byteLength;
    bytes += 4 * this.fieldLengths.length + 4 * this.live.length;
    return bytes;
  }

  toJSON(): LexicalIndexData {
    return {
      terms: this.terms,
      postingDocs: this.postingDocs,
      postingTfs: this.postingTfs,
      fieldLengths: this.fieldLengths,
      docTerms: this.docTerms.map((ids) => (ids === undefined ? [] : Array.from(ids))),
      live: this.live,
    };
  }

  static fromJSON(data: LexicalIndexData): LexicalIndex {
    const index = new LexicalIndex();
    index.terms = data.terms;
    for (const [id, term] of data.terms.entries()) index.termIds.set(term, id);
    index.postingDocs = data.postingDocs;
    index.postingTfs = data.postingTfs;
    index.fieldLengths = data.fieldLengths;
    index.live = data.live;
    index.docTerms = data.docTerms.map((ids, doc) => (data.live[doc] ? Int32Array.from(ids) : undefined));
    for (let doc = 0; doc < data.live.length; doc++) {
      if (!data.live[doc]) continue;
      index.liveCount++;
      for (let f = 0; f < FIELD_COUNT; f++) {
        const length = data.fieldLengths[doc * FIELD_COUNT + f] ?? 0;
        index.lengthSums[f] = (index.lengthSums[f] ?? 0) + length;
        if (length > 0) index.fieldDocs[f] = (index.fieldDocs[f] ?? 0) + 1;
      }
    }
    return index;
  }

  private termId(term: string): number {
    let id = this.termIds.get(term);
    if (id === undefined) {
      id = this.terms.length;
      this.termIds.set(term, id);
      this.terms.push(term);
      this.postingDocs.push([]);
      this.postingTfs.push([]);
    }
    return id;
  }
}

/** A copy of the array at least twice as long and long enough to hold index `needed`. */
function grow(array: Int32Array<ArrayBuffer>, needed: number): Int32Array<ArrayBuffer> {
  const grown = new Int32Array(Math.max(array.length * 2, needed + 1));
  grown.set(array);
  return grown;
}

function binarySearch(sorted: readonly number[], value: number): number {
  let low = 0;
  let high = sorted.length - 1;
  while (low <= high) {
    const mid = (low + high) >>> 1;
    const at = sorted[mid] as number;
    if (at === value) return mid;
    if (at < value) low = mid + 1;
    else high = mid - 1;
  }
  return -1;
}
