import type { guardMessages } from '../messages.ts';
import type { Check, Stage } from './policy-rows.ts';

type GuardMessageKey = keyof (typeof guardMessages)['en'];

/** The catalogue keys naming each stage and check of a policy, for the table and the editor. */
export const STAGE_LABEL: Record<Stage, GuardMessageKey> = {
  input: 'stageInput',
  context: 'stageContext',
  output: 'stageOutput',
};
export const CHECK_LABEL: Record<Check, GuardMessageKey> = {
  pii: 'checkPii',
  injection: 'checkInjection',
  urls: 'checkUrls',
  grounding: 'checkGrounding',
};
