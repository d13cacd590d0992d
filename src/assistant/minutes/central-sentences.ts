import { cosine, type SpokenSentence, sentenceTerms, type TermVector, termVector } from './sentences.ts';

/** Courtesies and procedure that are never the substance of an item. */
const PROCEDURAL =
  /^(?:thank you|thanks|okay|ok|yes|no|right|good (?:morning|afternoon)|welcome|i call this meeting|order|多謝|謝謝|唔該|好[，。]?$|係[，。]?$)/iu;

export function lengthOf(text: string, chinese: boolean): number {
  if (chinese) return Array.from(text.replace(/\s+/gu, '')).length;
  return text.split(/\s+/u).filter((w) => w !== '').length;
}

/**
 * The central sentences of a segment (degree centrality over term cosine, as in LexRank): the
 * sentences most like the rest of the segment, skipping courtesies and near-duplicates (cosine > 0.6
 * to one already chosen), up to the budget, in the order they were said.
 */
export function centralSentences(
  sentences: readonly SpokenSentence[],
  budget: number,
  chinese: boolean,
): SpokenSentence[] {
  const vectors: TermVector[] = sentences.map((s) => termVector(sentenceTerms(s.text)));
  const scored = sentences.map((sentence, i) => {
    let centrality = 0;
    for (let j = 0; j < sentences.length; j++)
      if (j !== i) centrality += cosine(vectors[i] ?? new Map(), vectors[j] ?? new Map());
    // Too few content terms to say anything of substance (uh, no that's okay).
    const short = (vectors[i]?.size ?? 0) < (chinese ? 4 : 3) || lengthOf(sentence.text, chinese) < (chinese ? 8 : 6);
    const procedural = PROCEDURAL.test(sentence.text.trim());
    return { i, score: short || procedural ? -1 : centrality };
  });
  scored.sort((a, b) => b.score - a.score || a.i - b.i);
  const chosen: number[] = [];
  let used = 0;
  for (const { i, score } of scored) {
    if (score < 0 && chosen.length > 0) break;
    const sentence = sentences[i];
    if (!sentence) continue;
    const length = lengthOf(sentence.text, chinese);
    if (chosen.length > 0 && used + length > budget) continue;
    if (chosen.some((c) => cosine(vectors[c] ?? new Map(), vectors[i] ?? new Map()) > 0.6)) continue;
    chosen.push(i);
    used += length;
    if (used >= budget) break;
  }
  return chosen.sort((a, b) => a - b).flatMap((i) => sentences[i] ?? []);
}
