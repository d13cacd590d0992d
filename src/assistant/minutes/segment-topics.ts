import { agendaMarker } from './agenda-markers.ts';
import { addInto, cosine, type SpokenSentence, sentenceTerms, type TermVector, termVector } from './sentences.ts';

/** A stretch of the meeting on one topic: its sentences, and the title an agenda marker gave, if any. */
export interface TopicSegment {
  sentences: SpokenSentence[];
  title: string | null;
  /** How the boundary opening this segment was found. */
  by: 'agenda_marker' | 'lexical_cohesion' | 'start';
}

/**
 * TextTiling settings. The defaults were chosen on QMSum's 29 product and research meetings (topic
 * spans as reference, Pk), never on the committee meetings or VCSum the benchmark reports.
 */
export interface SegmentationOptions {
  /** Sentences compared on each side of a gap (default 20). */
  window?: number;
  /** No segment shorter than this many sentences (default: 8, or a twentieth of the meeting). */
  minSentences?: number;
  /** At most one segment per this many sentences (default 100), and never more than `maxSegments` (default 6). */
  sentencesPerSegment?: number;
  maxSegments?: number;
}

/**
 * Splits a meeting into topics. Where the chair names agenda items ("Item 2", "議程二", "next
 * item"), each marker opens a segment; otherwise lexical cohesion (TextTiling, Hearst 1997): the
 * similarity of the terms just before and just after each gap, and a boundary at the deepest
 * valleys, so each segment keeps its own vocabulary.
 */
export function segmentTopics(sentences: readonly SpokenSentence[], options: SegmentationOptions = {}): TopicSegment[] {
  if (sentences.length === 0) return [];
  const marked = byAgendaMarkers(sentences);
  if (marked) return marked;
  return byLexicalCohesion(sentences, options);
}

function byAgendaMarkers(sentences: readonly SpokenSentence[]): TopicSegment[] | null {
  const segments: TopicSegment[] = [{ sentences: [], title: null, by: 'start' }];
  for (const sentence of sentences) {
    const marker = agendaMarker(sentence.text);
    if (marker) segments.push({ sentences: [sentence], title: marker.title || null, by: 'agenda_marker' });
    else segments.at(-1)?.sentences.push(sentence);
  }
  if (segments.length === 1) return null;
  const [opening, ...items] = segments;
  // A few opening words (welcome, apologies) before the first item are not an item of their own.
  if (opening && opening.sentences.length >= 3) return [opening, ...items];
  if (opening && items[0]) items[0].sentences.unshift(...opening.sentences);
  return items;
}

/** Gaps averaged on each side when smoothing the similarity curve. */
const SMOOTHING = 2;

function byLexicalCohesion(sentences: readonly SpokenSentence[], options: SegmentationOptions): TopicSegment[] {
  const window = options.window ?? 20;
  const minSentences = options.minSentences ?? Math.max(8, Math.floor(sentences.length / 20));
  const wanted = Math.min(
    options.maxSegments ?? 6,
    Math.max(1, Math.floor(sentences.length / (options.sentencesPerSegment ?? 100))),
  );
  const vectors = sentences.map((s) => termVector(sentenceTerms(s.text)));
  // Similarity across each gap g (between sentence g-1 and g).
  const gapScores: number[] = [];
  for (let gap = 1; gap < sentences.length; gap++) {
    const before: TermVector = new Map();
    const after: TermVector = new Map();
    for (let i = Math.max(0, gap - window); i < gap; i++) addInto(before, vectors[i] ?? new Map());
    for (let i = gap; i < Math.min(sentences.length, gap + window); i++) addInto(after, vectors[i] ?? new Map());
    gapScores.push(cosine(before, after));
  }
  // Smoothed over neighbouring gaps (Hearst's smoothing), so one off-topic remark is no valley.
  const smooth = gapScores.map((_, i) => {
    const around = gapScores.slice(Math.max(0, i - SMOOTHING), i + SMOOTHING + 1);
    return around.reduce((a, b) => a + b, 0) / around.length;
  });
  // Depth: how far a gap's similarity sits below the peaks on either side.
  const depth = smooth.map((score, i) => {
    let left = score;
    for (let j = i - 1; j >= 0 && (smooth[j] ?? 0) >= left; j--) left = smooth[j] ?? left;
    let right = score;
    for (let j = i + 1; j < smooth.length && (smooth[j] ?? 0) >= right; j++) right = smooth[j] ?? right;
    return left - score + (right - score);
  });
  const mean = depth.reduce((a, b) => a + b, 0) / Math.max(1, depth.length);
  const sd = Math.sqrt(depth.reduce((a, b) => a + (b - mean) ** 2, 0) / Math.max(1, depth.length));
  const candidates = depth
    .map((d, i) => ({ gap: i + 1, d }))
    .filter((c) => c.d > mean - sd / 2 && c.d > 0)
    .sort((a, b) => b.d - a.d);
  const cuts: number[] = [];
  for (const { gap } of candidates) {
    if (cuts.length >= wanted - 1) break;
    if (gap < minSentences || sentences.length - gap < minSentences) continue;
    if (cuts.some((cut) => Math.abs(cut - gap) < minSentences)) continue;
    cuts.push(gap);
  }
  cuts.sort((a, b) => a - b);
  const segments: TopicSegment[] = [];
  let from = 0;
  for (const cut of [...cuts, sentences.length]) {
    segments.push({
      sentences: sentences.slice(from, cut),
      title: null,
      by: from === 0 ? 'start' : 'lexical_cohesion',
    });
    from = cut;
  }
  return segments;
}
