import { type SpokenSentence, splitTurns, type Turn } from '../../src/assistant/minutes/index.ts';

/**
 * The peers minutes are measured against, each given the same length: LEAD (the meeting's first
 * sentences) and TextRank (Mihalcea & Tarau 2004: PageRank over word-overlap similarity, top
 * sentences in meeting order). Both prefix a sentence with its speaker as our minutes do, so a
 * "what did X say" answer gains nothing from the names alone.
 */
export function words(text: string): string[] {
  return text.split(/\s+/u).filter((w) => w !== '');
}

/** Length in the unit of the language: characters for Chinese, words for English. */
export function lengthIn(text: string, chinese: boolean): number {
  return chinese ? Array.from(text.replace(/\s+/gu, '')).length : words(text).length;
}

function withSpeakers(sentences: readonly SpokenSentence[], chinese: boolean): string {
  let last: string | null = null;
  return sentences
    .map((s) => {
      const prefix = s.speaker && s.speaker !== last ? `${s.speaker}${chinese ? '：' : ': '}` : '';
      last = s.speaker;
      return prefix + s.text;
    })
    .join(chinese ? '' : ' ');
}

/** The first sentences of the meeting up to `budget` words (characters for Chinese). */
export function leadBaseline(turns: readonly Turn[], budget: number, chinese = false): string {
  const chosen: SpokenSentence[] = [];
  let used = 0;
  for (const sentence of splitTurns(turns)) {
    const length = lengthIn(sentence.text, chinese);
    if (chosen.length > 0 && used + length > budget) break;
    chosen.push(sentence);
    used += length;
  }
  return withSpeakers(chosen, chinese);
}

const TOKEN = /[a-z0-9]+|\p{Script=Han}/gu;

/** TextRank's top sentences up to `budget` words (characters for Chinese), in meeting order. */
export function textRankBaseline(turns: readonly Turn[], budget: number, chinese = false): string {
  const sentences = splitTurns(turns);
  const sets = sentences.map((s) => new Set(s.text.toLowerCase().match(TOKEN) ?? []));
  const n = sets.length;
  const neighbours: { j: number; w: number }[][] = sets.map(() => []);
  for (let i = 0; i < n; i++) {
    const a = sets[i] ?? new Set<string>();
    if (a.size < 2) continue;
    for (let j = i + 1; j < n; j++) {
      const b = sets[j] ?? new Set<string>();
      if (b.size < 2) continue;
      let shared = 0;
      for (const t of a) if (b.has(t)) shared++;
      if (shared === 0) continue;
      const w = shared / (Math.log(a.size) + Math.log(b.size));
      neighbours[i]?.push({ j, w });
      neighbours[j]?.push({ j: i, w });
    }
  }
  const out = neighbours.map((row) => row.reduce((s, e) => s + e.w, 0));
  let rank = new Float64Array(n).fill(1 / Math.max(1, n));
  for (let iteration = 0; iteration < 40; iteration++) {
    const next = new Float64Array(n).fill(0.15 / Math.max(1, n));
    for (let i = 0; i < n; i++) {
      const total = out[i] ?? 0;
      if (total === 0) continue;
      for (const { j, w } of neighbours[i] ?? []) next[j] = (next[j] ?? 0) + (0.85 * (rank[i] ?? 0) * w) / total;
    }
    rank = next;
  }
  const order = [...rank.keys()].sort((a, b) => (rank[b] ?? 0) - (rank[a] ?? 0));
  const chosen: number[] = [];
  let used = 0;
  for (const i of order) {
    const length = lengthIn(sentences[i]?.text ?? '', chinese);
    if (used + length > budget) continue;
    chosen.push(i);
    used += length;
  }
  return withSpeakers(
    chosen.sort((a, b) => a - b).flatMap((i) => sentences[i] ?? []),
    chinese,
  );
}
