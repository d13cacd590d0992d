import { extractFigures, figuresDiffer } from './extract-figures.ts';
import { sentenceTerms } from './sentence-terms.ts';
import { type SummariseOptions, summariseDocument } from './summarise-document.ts';
import type { Citation, KeyPoint, Summary, SummaryDocument } from './summary-types.ts';
import { cosine, termSpace } from './term-vectors.ts';

/** A sentence elsewhere that says what a key point says, or states other figures about it. */
export interface Support {
  text: string;
  citation: Citation;
  /** Cosine similarity of the two sentences' terms (0..1). */
  similarity: number;
}

/** A key point more than one document makes. */
export interface Agreement {
  point: KeyPoint;
  /** The matching sentence in each other document that makes the point. */
  alsoIn: Support[];
}

/** Where documents part ways: a point only one makes, or the same point with other figures. */
export type Difference =
  | { kind: 'only-in-one'; point: KeyPoint }
  | { kind: 'figures-differ'; point: KeyPoint; other: Support; figures: { point: string[]; other: string[] } };

/** One brief over several documents: each one's summary, and where they agree and differ. */
export interface Brief {
  documents: { name: string; title: string; language: string }[];
  summaries: Summary[];
  agreements: Agreement[];
  differences: Difference[];
}

export interface CombineOptions extends SummariseOptions {
  /** Each document's length, when it is not `budget` (e.g. characters for Chinese, words for English). */
  budgetOf?: (document: SummaryDocument) => number | undefined;
  /** Similarity from which a sentence in another document makes the same point. */
  agreeAt?: number;
  /** Similarity from which two sentences are about the same thing, so that different figures conflict. */
  relatedAt?: number;
}

/**
 * Combines documents: summarises each, then looks for each key point's closest sentence in every
 * other document (tf-idf cosine over all documents' sentences). Close enough (`agreeAt`) and
 * stating the same figures: they agree. About the same thing (`relatedAt`) but stating other
 * figures or dates: they differ, both sentences cited. No match anywhere: only that document says
 * it. Every verdict names the sentences and the similarity it rests on, so it can be checked.
 *
 * @example
 * const brief = combineDocuments([toSummaryDocument('a.pdf', a), toSummaryDocument('b.docx', b)]);
 * brief.agreements[0]; // { point: { text, citation }, alsoIn: [{ text, citation, similarity: 0.71 }] }
 */
export function combineDocuments(documents: readonly SummaryDocument[], options: CombineOptions = {}): Brief {
  const agreeAt = options.agreeAt ?? 0.45;
  const relatedAt = options.relatedAt ?? 0.25;
  const summaries = documents.map((document) => {
    const budget = options.budgetOf?.(document) ?? options.budget;
    return summariseDocument(document, {
      ...(budget === undefined ? {} : { budget }),
      ...(options.rank ? { rank: options.rank } : {}),
      ...(options.select ? { select: options.select } : {}),
    });
  });
  // One term space over every sentence of every document, so idf reflects the whole set.
  const offsets: number[] = [];
  let total = 0;
  for (const document of documents) {
    offsets.push(total);
    total += document.sentences.length;
  }
  const all = documents.flatMap((document) => document.sentences);
  const space = termSpace(all.map((sentence) => sentenceTerms(sentence.text)));
  const vectorOf = (document: number, sentence: number) => space.vectors[(offsets[document] ?? 0) + sentence];

  const covered = new Set<string>();
  const key = (document: number, sentence: number) => `${document}:${sentence}`;
  const agreements: Agreement[] = [];
  const differences: Difference[] = [];
  summaries.forEach((summary, d) => {
    for (const point of summary.keyPoints) {
      if (covered.has(key(d, point.citation.sentence))) continue;
      const vector = vectorOf(d, point.citation.sentence);
      const figures = extractFigures(point.text);
      const alsoIn: Support[] = [];
      let conflict: Difference | null = null;
      documents.forEach((other, o) => {
        if (o === d || !vector) return;
        let best = -1;
        let similarity = 0;
        other.sentences.forEach((_, s) => {
          const candidate = vectorOf(o, s);
          const value = candidate ? cosine(vector, candidate) : 0;
          if (value > similarity) {
            similarity = value;
            best = s;
          }
        });
        const sentence = other.sentences[best];
        if (!sentence || similarity < relatedAt) return;
        const support = { text: sentence.text, citation: sentence.citation, similarity: round(similarity) };
        const otherFigures = extractFigures(sentence.text);
        if (figuresDiffer(figures, otherFigures)) {
          conflict ??= {
            kind: 'figures-differ',
            point,
            other: support,
            figures: { point: figures, other: otherFigures },
          };
          covered.add(key(o, best));
        } else if (similarity >= agreeAt) {
          alsoIn.push(support);
          covered.add(key(o, best));
        }
      });
      if (conflict) differences.push(conflict);
      if (alsoIn.length > 0) agreements.push({ point, alsoIn });
      else if (!conflict) differences.push({ kind: 'only-in-one', point });
    }
  });
  return {
    documents: documents.map(({ name, title, language }) => ({ name, title, language })),
    summaries,
    agreements,
    differences,
  };
}

const round = (value: number) => Math.round(value * 1000) / 1000;
