import type { DraftParagraph } from './draft-types.ts';

/** A draft's text as paragraphs: split at blank lines, each trimmed, empty ones dropped. */
export function splitParagraphs(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph !== '');
}

/**
 * The paragraphs of an officer's edit, each with its origin: a paragraph the previous version has
 * word for word keeps its origin, author and time (a model's paragraph the officer left alone is
 * still the model's); a new or changed one is the editing officer's, now.
 *
 * @example editedParagraphs(previous, 'Dear Mr Chan,\n\nMy own words.', userId, new Date())
 */
export function editedParagraphs(
  previous: readonly DraftParagraph[],
  text: string,
  editor: string,
  at: Date,
): DraftParagraph[] {
  const unused = [...previous];
  return splitParagraphs(text).map((paragraph) => {
    const i = unused.findIndex((old) => old.text === paragraph);
    if (i >= 0) {
      const [kept] = unused.splice(i, 1);
      if (kept) return kept;
    }
    return { text: paragraph, origin: 'officer', author: editor, at: at.toISOString() };
  });
}
