import { maskString } from '../../core/index.ts';
import type { CompleteText } from '../summarise/index.ts';
import type { DraftInput } from './draft-types.ts';
import { type FilledParagraph, fillTemplate } from './fill-template.ts';
import { splitParagraphs } from './paragraph-origins.ts';
import type { DraftTemplate } from './template-schema.ts';

export interface GenerativeFillOptions {
  /** Send personal data unmasked (only when the department's policy allows it). Default: masked. */
  allowPersonalData?: boolean;
}

/**
 * The draft with its body written by a model: one call through the caller's gateway binding
 * (allow-listed, metered and audited there), given the template's purpose, tone, length, the
 * slot values and the officer's facts, numbered, with personal data masked unless the policy
 * allows it. The model writes only the body; the template's own lines (reference, salutation,
 * contact line, closing) are filled from the slots as without a model, so they are never invented.
 *
 * @example const paragraphs = await fillWithModel(template, input, (messages) =>
 *   gateway.complete({ ...binding, messages }).then((result) => result.text));
 */
export async function fillWithModel(
  template: DraftTemplate,
  input: DraftInput,
  complete: CompleteText,
  options: GenerativeFillOptions = {},
): Promise<FilledParagraph[]> {
  const mask = options.allowPersonalData ? (text: string) => text : maskString;
  const tone = template.tones.find((t) => t.id === input.tone) ?? template.tones[0];
  const length = template.lengths.find((l) => l.id === input.length) ?? template.lengths[0];
  const zh = input.language !== 'en';
  const size = zh ? `${length?.characters ?? 300} Chinese characters` : `${length?.words ?? 150} words`;
  const slots = template.slots
    .filter((slot) => (input.slots[slot.name] ?? '').trim() !== '')
    .map((slot) => `${slot.label.en}: ${mask(input.slots[slot.name] ?? '')}`)
    .join('\n');
  const facts = input.facts.map((fact, i) => `[${i + 1}] ${mask(fact)}`).join('\n');
  const system = [
    `You draft the body of a Hong Kong government document: ${template.title.en} (${template.description.en}).`,
    `Tone: ${tone?.instruction ?? 'formal'}. Length: at most ${size}.`,
    'Use ONLY the numbered facts: no figure, date, name or promise they do not give. Do not write a salutation, reference, contact line, closing or signature: they are added from the template.',
    'Separate paragraphs with a blank line.',
    zh ? 'Write in Traditional Chinese (Hong Kong usage).' : 'Write in British English.',
  ].join(' ');
  const text = await complete([
    { role: 'system', content: system },
    { role: 'user', content: `Details:\n${slots}\n\nFacts:\n${facts || '(none given)'}` },
  ]);
  const body: FilledParagraph[] = splitParagraphs(text.replace(/\s*\[\d+\]/g, '')).map((paragraph) => ({
    text: paragraph,
    origin: 'model',
  }));
  return fillTemplate(template, input, body);
}
