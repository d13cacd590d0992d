/**
 * Rows carry Dates; responses carry ISO strings. Converts every Date member of a row (one level
 * deep, which is all our rows have) so a handler can return the row as its response.
 */
export function toJson<T extends object>(
  row: T,
): { [K in keyof T]: T[K] extends Date ? string : T[K] extends Date | null ? string | null : T[K] } {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(row)) out[key] = value instanceof Date ? value.toISOString() : value;
  return out as never;
}
