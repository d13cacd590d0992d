import type { Citation } from '../summarise/index.ts';
import { footnote, type NoteRun } from './document-model.ts';

/** A citation as a footnote: "document, p. N, § section" (the CLI's wording). */
export function citationNote(citation: Citation, prefix = ''): NoteRun {
  const parts = [
    citation.document,
    citation.page === null ? null : `p. ${citation.page}`,
    citation.section === null ? null : `§ ${citation.section}`,
  ].filter((part) => part !== null);
  return footnote(`${prefix}${parts.join(', ')}`);
}
