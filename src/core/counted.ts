/**
 * A number and the word it counts, singular for one: "1 attempt", "3 attempts", never "attempt(s)".
 *
 * @example counted(unmet.length, 'condition') // "2 conditions"
 * @example counted(1, 'AI application') // "1 AI application"
 */
export function counted(count: number, one: string, other = `${one}s`): string {
  return `${count} ${count === 1 ? one : other}`;
}
