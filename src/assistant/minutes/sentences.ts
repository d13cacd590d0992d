import type { Turn } from './transcript.ts';

/** One sentence of the meeting, with who said it and where it sits. */
export interface SpokenSentence {
  index: number;
  turn: number;
  speaker: string | null;
  text: string;
}

/**
 * Sentence ends: Chinese full-width stops always; ASCII `.!?;` when a space or the end follows and
 * the word before is not a title (Mr. Dr. Hon.), so names stay whole.
 */
const SENTENCE_END =
  /(?<=[。！？；!?]+[」』”]?)|(?<=(?<!\b(?:Mr|Mrs|Ms|Dr|Hon|St|No|vs|etc|Prof|Mt|e\.g|i\.e))\.)(?=\s)/u;

/**
 * Transcriber's annotations, not speech: `{vocalsound}`, `{disfmarker}` (AMI/ICSI), `[inaudible]`,
 * `[laughter]`, `(crosstalk)`, `（笑聲）`.
 */
const ANNOTATION =
  /\{[a-z_]+\}|\[(?:inaudible|laughter|laughs|crosstalk|noise|music|applause|pause|silence|unclear|foreign)[^\]]*\]|\((?:inaudible|laughter|laughs|crosstalk|noise|pause|unclear)\)|[（(【[](?:笑聲|笑声|掌聲|掌声|聽不清|听不清|雜音|杂音)[）)】\]]/giu;

/** A turn's words without annotations, with the space transcribers put before punctuation closed up. */
export function cleanSpeech(text: string): string {
  return text
    .replace(ANNOTATION, ' ')
    .replace(/\s+([,.!?;:])/gu, '$1')
    .replace(/\s{2,}/gu, ' ')
    .trim();
}

/** Splits turns into sentences (Chinese-aware), dropping annotations and empty pieces. */
export function splitTurns(turns: readonly Turn[]): SpokenSentence[] {
  const sentences: SpokenSentence[] = [];
  turns.forEach((turn, t) => {
    for (const piece of cleanSpeech(turn.text).split(SENTENCE_END)) {
      const text = piece.trim();
      if (text === '' || /^[\p{P}\s]+$/u.test(text)) continue;
      sentences.push({ index: sentences.length, turn: t, speaker: turn.speaker, text });
    }
  });
  return sentences;
}

/** Words that carry no topic (English), and Chinese function characters skipped when building bigrams. */
const STOPWORDS = new Set(
  `a an the and or but if of to in on at by for with from as is are was were be been being it its this that these those
  i you he she we they me him her us them my your his our their what which who whom whose when where why how not no yes
  do does did done have has had will would shall should can could may might must so than then there here very just also
  about into over under again more most some such only own same too s t don now all any both each few other up down out
  off once ok okay yeah uh um mm hmm well like really think know going get got go say said thank thanks chair mr mrs ms
  hon minister member members right let us one two yeah yep sort kind mean actually probably maybe thing things need want lot`.split(
    /\s+/u,
  ),
);
const CJK_FUNCTION = /[的了是在和與及或也都就而但我你他她們這那個些有不沒嗎呢吧啊呀嘅咗喺唔佢哋係嗰啲冇咁噉]/u;

/**
 * The terms a sentence is compared on: lower-cased English words (plural -s folded) without stop
 * words, and Chinese character bigrams within runs of Han characters, skipping function characters.
 */
export function sentenceTerms(text: string): string[] {
  const terms: string[] = [];
  for (const word of text.toLowerCase().match(/[a-z][a-z'-]*[a-z]|[0-9]+/gu) ?? []) {
    // Contractions (it's, don't) and back-channels (mm-hmm) carry no topic.
    if (STOPWORDS.has(word) || word.length < 3 || /['’]|^(?:mm|uh|um|hm)/u.test(word)) continue;
    terms.push(word.length > 4 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word);
  }
  for (const run of text.match(/\p{Script=Han}+/gu) ?? []) {
    const chars = Array.from(run);
    for (let i = 0; i + 1 < chars.length; i++) {
      const a = chars[i] ?? '';
      const b = chars[i + 1] ?? '';
      if (!CJK_FUNCTION.test(a) && !CJK_FUNCTION.test(b)) terms.push(a + b);
    }
  }
  return terms;
}

/** A sparse term-count vector. */
export type TermVector = Map<string, number>;

export function termVector(terms: readonly string[]): TermVector {
  const vector: TermVector = new Map();
  for (const term of terms) vector.set(term, (vector.get(term) ?? 0) + 1);
  return vector;
}

export function addInto(target: TermVector, source: TermVector): void {
  for (const [term, count] of source) target.set(term, (target.get(term) ?? 0) + count);
}

export function cosine(a: TermVector, b: TermVector): number {
  let dot = 0;
  let normA = 0;
  let normB = 0;
  for (const [term, count] of a) {
    normA += count * count;
    dot += count * (b.get(term) ?? 0);
  }
  for (const count of b.values()) normB += count * count;
  return dot === 0 ? 0 : dot / Math.sqrt(normA * normB);
}

/** True when the text is mostly Chinese (joins sentences without spaces, counts length in characters). */
export function isChineseText(text: string): boolean {
  const han = text.match(/\p{Script=Han}/gu)?.length ?? 0;
  const latin = text.match(/[A-Za-z]+/gu)?.length ?? 0;
  return han > latin;
}
