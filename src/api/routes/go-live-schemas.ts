import { z } from 'zod';
import { GO_LIVE_CONDITION_IDS } from '../../governance/index.ts';
import { problemSchema } from '../schemas.ts';

const bilingual = z.object({ en: z.string(), zhHant: z.string() });

/** One go-live condition: whether it is met, what was found and what to do, in English and Chinese. */
export const goLiveConditionSchema = z
  .object({
    id: z.enum(GO_LIVE_CONDITION_IDS),
    name: bilingual.describe("The condition's name, as a person reads it"),
    met: z.boolean(),
    detail: bilingual.describe('What the gate found'),
    action: bilingual.describe('What to do to meet it (for a met condition, what keeps it met)'),
  })
  .describe('A go-live condition');

/** A 409 problem; when the go-live gate refused a publication or move to live, with every unmet condition. */
export const goLiveRefusalSchema = problemSchema
  .extend({
    ready: z.literal(false).optional().describe('Present when the go-live gate refused'),
    conditions: z
      .array(goLiveConditionSchema)
      .optional()
      .describe('Every unmet go-live condition (present when the go-live gate refused)'),
  })
  .describe('RFC 9457 problem details: the go-live gate refused, listing every unmet condition');
