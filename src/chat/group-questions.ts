import { createAnalyzer, PAIR_PREFIX } from '../retrieval/index.ts';

/** One question as asked, and when. */
export interface AskedQuestion {
  text: string;
  at: Date;
}

/** Questions that mean much the same, under the phrasing asked most often. */
export interface QuestionGroup {
  /** The most common phrasing in the group (the most recent among equals). */
  label: string;
  /** How many questions the group holds. */
  count: number;
  /** Its phrasings as asked (trimmed), most common first (at most five). */
  phrasings: { text: string; count: number }[];
  lastAskedAt: Date;
}

/**
 * Two phrasings share a group when the Jaccard overlap of their analysed terms reaches this.
 * Measured on officers' phrasings: one subject asked two ways scores 0.5–1 (點樣申請狗牌 / 如何申请狗牌
 * 1.0, "how do I apply for a dog licence" / "how to apply for a dog license" 0.5); neighbouring
 * subjects of one bot score 0.3 or less (狗牌幾錢 against 點樣申請狗牌 0.33).
 */
export const GROUP_SIMILARITY = 0.4;

const analyzer = createAnalyzer();

/**
 * The terms a question is grouped by: our retrieval analyzer's (Cantonese as written Chinese, one
 * script, English stems), without the single characters and English word pairs that sharpen ranking
 * but would keep two phrasings of one question apart.
 */
function groupingTerms(text: string): Set<string> {
  const { terms } = analyzer.analyze(text, { unigrams: false });
  return new Set(terms.filter((term) => !term.startsWith(PAIR_PREFIX)));
}

function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (!a.size || !b.size) return 0;
  let shared = 0;
  for (const term of a) if (b.has(term)) shared++;
  return shared / (a.size + b.size - shared);
}

/** Questions whose analysed terms are the same (點樣申請狗牌？, 點樣申請狗牌, 如何申请狗牌). */
interface Phrasing {
  terms: Set<string>;
  count: number;
  lastAskedAt: Date;
  /** Each wording as asked, with how often. */
  texts: Map<string, number>;
}

/**
 * Groups questions by meaning, greedily: identical phrasings (after analysis) are merged, then each
 * phrasing, most asked first, joins the group whose first phrasing it overlaps most (at least
 * {@link GROUP_SIMILARITY}) or starts a new one. Comparing with the group's first phrasing, not with
 * everything the group has gathered, keeps a group from drifting from one subject to the next.
 * Groups come most asked first, then most recently asked.
 *
 * @example groupQuestions([{text: '點樣申請狗牌？', at}, {text: '如何申请狗牌', at}])[0].count // 2
 */
export function groupQuestions(questions: readonly AskedQuestion[]): QuestionGroup[] {
  const phrasings = new Map<string, Phrasing>();
  for (const question of questions) {
    const text = question.text.trim();
    const terms = groupingTerms(text);
    const key = terms.size ? [...terms].sort().join(' ') : text;
    let phrasing = phrasings.get(key);
    if (!phrasing) {
      phrasing = { terms, count: 0, lastAskedAt: question.at, texts: new Map() };
      phrasings.set(key, phrasing);
    }
    phrasing.count++;
    if (question.at > phrasing.lastAskedAt) phrasing.lastAskedAt = question.at;
    phrasing.texts.set(text, (phrasing.texts.get(text) ?? 0) + 1);
  }
  const ranked = [...phrasings.values()].sort(byCountThenRecency);

  const groups: { seed: Phrasing; members: Phrasing[] }[] = [];
  for (const phrasing of ranked) {
    let best: (typeof groups)[number] | undefined;
    let bestScore = GROUP_SIMILARITY;
    for (const group of groups) {
      const score = jaccard(phrasing.terms, group.seed.terms);
      if (score > bestScore || (score === bestScore && best === undefined)) {
        best = group;
        bestScore = score;
      }
    }
    if (best) best.members.push(phrasing);
    else groups.push({ seed: phrasing, members: [phrasing] });
  }
  return groups
    .map(({ members }) => {
      const texts = new Map<string, number>();
      for (const member of members) for (const [text, n] of member.texts) texts.set(text, (texts.get(text) ?? 0) + n);
      // Stable sort: among equally common wordings, the one of the most asked phrasing comes first.
      const phrasings = [...texts.entries()].map(([text, n]) => ({ text, count: n })).sort((a, b) => b.count - a.count);
      return {
        label: phrasings[0]?.text ?? '',
        count: members.reduce((sum, m) => sum + m.count, 0),
        phrasings: phrasings.slice(0, 5),
        lastAskedAt: new Date(Math.max(...members.map((m) => m.lastAskedAt.getTime()))),
      };
    })
    .sort(byCountThenRecency);
}

function byCountThenRecency(a: { count: number; lastAskedAt: Date }, b: { count: number; lastAskedAt: Date }): number {
  return b.count - a.count || b.lastAskedAt.getTime() - a.lastAskedAt.getTime();
}
