import { readFileSync } from 'node:fs';
import { z } from 'zod';

const requiredSuitesSchema = z.object({
  version: z.number().int(),
  description: z.string(),
  maxAgeDays: z.number().int().min(1),
  publicFacing: z.array(z.string()).min(1),
  internal: z.array(z.string()).min(1),
});

/**
 * Which suites a bot must have passed before going live, as data (data/required-suites.json): a
 * public-facing bot needs golden Q&A, the attack library, personal-data probes and fairness; an
 * internal one golden Q&A and personal-data probes. `maxAgeDays`: how recent a pass must be.
 */
export const REQUIRED_SUITES = requiredSuitesSchema.parse(
  JSON.parse(readFileSync(new URL('./data/required-suites.json', import.meta.url), 'utf8')),
);

/**
 * The suites a bot requires.
 *
 * @example requiredSuites({ publicFacing: true }) // ['golden-qa', 'attacks', 'pii-leakage', 'fairness']
 */
export function requiredSuites(bot: { publicFacing: boolean }): string[] {
  return [...(bot.publicFacing ? REQUIRED_SUITES.publicFacing : REQUIRED_SUITES.internal)];
}
