import type { SummaryLanguage } from './language.ts';

/** Where a key point comes from: the document, its page (paged formats) and the section heading. */
export interface Citation {
  /** The document's name as given (usually its file name). */
  document: string;
  /** 1-based page for PDFs and scans; null for formats without pages. */
  page: number | null;
  /** The headings above the sentence, outermost first, joined with " › "; null before any heading. */
  section: string | null;
  /** 0-based index of the sentence among the document's sentences. */
  sentence: number;
}

/** One sentence of a document with its position, as the summariser sees it. */
export interface SourceSentence {
  text: string;
  citation: Citation;
  /** Index of the block (paragraph) it belongs to, and its place inside it (0 = first). */
  block: number;
  inBlock: number;
  /** Terms of the headings above it and of the title, which weigh its terms up. */
  headingTerms: readonly string[];
}

/** A document ready to summarise: its sentences in reading order. */
export interface SummaryDocument {
  name: string;
  title: string;
  language: SummaryLanguage;
  sentences: SourceSentence[];
  /** Pages for paged formats; null otherwise. */
  pages: number | null;
}

/** One sentence chosen for the summary, quoted from the document, with its source. */
export interface KeyPoint {
  text: string;
  citation: Citation;
  /** 0..1, the ranking score relative to the document's best sentence. */
  score: number;
}

/** An extractive summary of one document. */
export interface Summary {
  document: string;
  title: string;
  language: SummaryLanguage;
  unit: 'characters' | 'words';
  /** The length asked for and the length delivered, in `unit`. */
  budget: number;
  length: number;
  method: 'extractive';
  /** In document order. */
  keyPoints: KeyPoint[];
}
