/**
 * A server day (`YYYY-MM-DD`, a Hong Kong calendar day) as the instant of its start in Hong Kong,
 * so `format.date` prints that same day.
 *
 * @example format.date(hkDay('2026-12-05')) // '5 Dec 2026'
 */
export function hkDay(date: string): Date {
  return new Date(`${date}T00:00:00+08:00`);
}

/** A share (0–1) of a whole, or null when there is no whole to share. */
export function shareOf(part: number, whole: number): number | null {
  return whole > 0 ? part / whole : null;
}
