/**
 * The documents a filter lets through (a bot's, a department's), remembered per filter until the
 * index changes: confidence weighs query terms by how rare they are among what the search may
 * return, not across every department's entries. In the demo department "dog licence" is in half
 * the questions (the dog-licence bot's), so across the department it weighs little; among the
 * 1823 bot's entries it is in none, and a question about it is not one that bot can answer.
 */
export class FilterPopulation {
  private readonly cache = new Map<string, { version: number; accepted: Uint8Array; size: number }>();

  /** @param maxFilters distinct filters remembered (one byte per document each). */
  constructor(private readonly maxFilters = 64) {}

  /**
   * Which documents (by number, up to `capacity`) the filter accepts and how many, computed once per
   * filter key and index `version`.
   */
  of(
    key: string,
    version: number,
    capacity: number,
    accepts: (doc: number) => boolean,
  ): { accepted: Uint8Array; size: number } {
    const cached = this.cache.get(key);
    if (cached !== undefined && cached.version === version && cached.accepted.length >= capacity) return cached;
    const accepted = new Uint8Array(capacity);
    let size = 0;
    for (let doc = 0; doc < capacity; doc++) {
      if (accepts(doc)) {
        accepted[doc] = 1;
        size++;
      }
    }
    if (cached === undefined && this.cache.size >= this.maxFilters) {
      const oldest = this.cache.keys().next().value;
      if (oldest !== undefined) this.cache.delete(oldest);
    }
    const population = { version, accepted, size };
    this.cache.set(key, population);
    return population;
  }

  /** Documents of the population among `docs` (a term's postings). */
  static count(docs: readonly number[], accepted: Uint8Array): number {
    let count = 0;
    for (let i = 0; i < docs.length; i++) count += accepted[docs[i] as number] as number;
    return count;
  }
}
