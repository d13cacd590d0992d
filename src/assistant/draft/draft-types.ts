import type { Bilingual, DraftLanguage } from './template-schema.ts';

/** Who wrote a paragraph: the template (with the officer's slot values), a model, or an officer by hand. */
export type ParagraphOrigin = 'template' | 'model' | 'officer';

/** One paragraph of a draft version, with where its words came from, who put them there and when. */
export interface DraftParagraph {
  text: string;
  origin: ParagraphOrigin;
  /** The officer's user id, `provider/model` for a model, `template-id@version` for a template. */
  author: string;
  /** ISO 8601: when this paragraph got its current words. */
  at: string;
}

/** The draft's text: paragraphs separated by a blank line (issue offsets count in it). */
export function draftText(paragraphs: readonly Pick<DraftParagraph, 'text'>[]): string {
  return paragraphs.map((paragraph) => paragraph.text).join('\n\n');
}

/** The four kinds of problem the issue report finds (after UK Minute's hallucination table). */
export const DRAFT_ISSUE_KINDS = ['unsupported_claim', 'contradiction', 'wrong_figure', 'missing_element'] as const;
export type DraftIssueKind = (typeof DRAFT_ISSUE_KINDS)[number];

/** One problem of a draft: the sentence and its offsets in the draft's text (null for a missing element). */
export interface DraftIssue {
  kind: DraftIssueKind;
  sentence: string | null;
  start: number | null;
  end: number | null;
  /** Support by the facts and sources (0..1), for unsupported claims and contradictions. */
  support?: number;
  /** The figures no fact or source holds (wrong figure). */
  figures?: string[];
  /** The source sentence contradicted. */
  source?: string;
  /** The required element missing. */
  element?: string;
  explanation: Bilingual;
}

/** What a draft is written from: template, language, slot values and the officer's facts. */
export interface DraftInput {
  language: DraftLanguage;
  slots: Readonly<Record<string, string>>;
  /** Facts or source passages the officer gives (notes, extracts of documents): what the draft may say. */
  facts: readonly string[];
  tone?: string | undefined;
  length?: string | undefined;
}
