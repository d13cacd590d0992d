import type { LocalizedIssue } from '../../core/index.ts';
import type { DraftInput, DraftParagraph, ParagraphOrigin } from './draft-types.ts';
import type { DraftLanguage, DraftTemplate } from './template-schema.ts';

/** A paragraph before it is stamped with author and time. */
export interface FilledParagraph {
  text: string;
  origin: ParagraphOrigin;
}

const SLOT = /\{([A-Za-z0-9]+)\}/g;

/** The template's layout key for a draft language. */
export function layoutOf(template: DraftTemplate, language: DraftLanguage) {
  return template.layout[language === 'en' ? 'en' : 'zh'];
}

/**
 * The problems with a draft's input, each naming its field (`body.slots.reference`, `body.tone`),
 * in both languages: a required slot left empty, a slot the template does not have, a value too
 * long, a tone or a length the template does not offer.
 */
export function checkDraftInput(template: DraftTemplate, input: DraftInput, prefix = 'body'): LocalizedIssue[] {
  const issues: LocalizedIssue[] = [];
  const known = new Map(template.slots.map((slot) => [slot.name, slot]));
  for (const name of Object.keys(input.slots))
    if (!known.has(name))
      issues.push({
        field: `${prefix}.slots.${name}`,
        code: 'unknown_field',
        message: { en: 'is not a slot of the template', zhHant: '不是範本的欄位' },
      });
  for (const slot of template.slots) {
    const value = (input.slots[slot.name] ?? '').trim();
    if (slot.required && value === '')
      issues.push({
        field: `${prefix}.slots.${slot.name}`,
        code: 'required',
        message: { en: 'is required', zhHant: '必須填寫' },
      });
    if (value.length > slot.maxLength)
      issues.push({
        field: `${prefix}.slots.${slot.name}`,
        code: 'too_long',
        message: {
          en: `must be at most ${slot.maxLength} characters`,
          zhHant: `長度須最多為 ${slot.maxLength} 個字元`,
        },
      });
  }
  if (input.tone !== undefined && !template.tones.some((tone) => tone.id === input.tone))
    issues.push({
      field: `${prefix}.tone`,
      code: 'unsupported',
      message: {
        en: `must be one of ${template.tones.map((tone) => tone.id).join(', ')}`,
        zhHant: `須為以下其中之一：${template.tones.map((tone) => tone.id).join('、')}`,
      },
    });
  if (input.length !== undefined && !template.lengths.some((length) => length.id === input.length))
    issues.push({
      field: `${prefix}.length`,
      code: 'unsupported',
      message: {
        en: `must be one of ${template.lengths.map((length) => length.id).join(', ')}`,
        zhHant: `須為以下其中之一：${template.lengths.map((length) => length.id).join('、')}`,
      },
    });
  return issues;
}

/** `line` with its slots filled, or null when it names a slot left empty (the line is dropped). */
function fillLine(line: string, slots: Readonly<Record<string, string>>): string | null {
  let empty = false;
  const text = line.replace(SLOT, (_match, name: string) => {
    const value = (slots[name] ?? '').trim();
    if (value === '') empty = true;
    return value;
  });
  return empty ? null : text;
}

/**
 * The draft's paragraphs: the layout's lines with the slots filled, and in place of `{body}` the
 * given body (a model's paragraphs) or, without one, the template's skeleton with each of the
 * officer's facts as a paragraph. Pure; no model involved.
 *
 * @example fillTemplate(template, { language: 'en', slots, facts: ['The fee is HK$80.'] })
 */
export function fillTemplate(
  template: DraftTemplate,
  input: DraftInput,
  body?: readonly FilledParagraph[],
): FilledParagraph[] {
  const layout = layoutOf(template, input.language);
  const out: FilledParagraph[] = [];
  for (const line of layout.lines) {
    if (line.trim() === '{body}') {
      out.push(...(body ?? skeleton(layout.skeleton, input)));
      continue;
    }
    const text = fillLine(line, input.slots);
    if (text !== null && text.trim() !== '') out.push({ text, origin: 'template' });
  }
  return out;
}

function skeleton(lines: readonly string[], input: DraftInput): FilledParagraph[] {
  return lines.flatMap((line): FilledParagraph[] => {
    if (line.trim() === '{facts}')
      return input.facts
        .map((fact) => fact.trim())
        .filter(Boolean)
        .map((text) => ({ text, origin: 'officer' }));
    const text = fillLine(line, input.slots);
    return text === null || text.trim() === '' ? [] : [{ text, origin: 'template' }];
  });
}

/** Paragraphs stamped with who wrote them and when. */
export function stamp(
  paragraphs: readonly FilledParagraph[],
  authors: Record<ParagraphOrigin, string>,
  at: Date,
): DraftParagraph[] {
  return paragraphs.map((p) => ({ text: p.text, origin: p.origin, author: authors[p.origin], at: at.toISOString() }));
}

/** What an offline draft says of itself: a skeleton; wording of its own needs a model. */
export const OFFLINE_NOTE = {
  en: 'Filled from the template without a model: the body is the template’s wording with your facts as they were given. Generative wording needs a model through the gateway (regenerate with one).',
  zh: '未使用模型，按範本填寫：正文為範本字句及你所提供的資料原文。如需由模型撰寫字句，須經模型閘道使用模型（以模型重新生成）。',
} as const;
