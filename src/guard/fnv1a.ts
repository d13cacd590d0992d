/**
 * FNV-1a over `value[from, to)`, seeded: the string hash of the guard's hashed-feature models
 * (phishing hosts, the personal-data word tagger).
 */
export function fnv1a(value: string, seed = 0, from = 0, to = value.length): number {
  let hash = 0x811c9dc5 ^ seed;
  for (let i = from; i < to; i++) hash = Math.imul(hash ^ value.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}
