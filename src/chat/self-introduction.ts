import type { KnowledgeHit, KnowledgeIndex } from '../knowledge/index.ts';

/**
 * Who is asking is not what is asked. "我是陳美玲女士。狗牌幾錢？" and "I am Muhammad Khan. How much
 * is a dog licence?" must find the entry the bare question finds: the fairness counterfactuals of
 * issue #16 caught an introduction diluting the search, so a woman's or a migrant's question fell
 * under the bot's threshold where a man's did not. Only an introduction of WHO (a name, a title, an
 * origin) is taken off; what the asker IS (elderly, a dog owner, worried) can decide the answer and
 * stays.
 */

/** 我是／我係／本人是 … , 我叫 …, 本人姓 …: the clause up to the first stop or comma, after an optional greeting. */
const CHINESE =
  /^(?:(?:你好|您好|哈囉|早晨|hello|hi)[，,！!、\s]*)?(?:我|本人)(名叫|叫|姓|是|係)([^。！!？?，,\n]{1,40})[。！!，,\n]\s*/iu;
/** A clause saying who: a title (先生, 女士 …), an origin (裔, 籍, 來自), a transliterated name (·), or 陳生 / 李姐. */
const CHINESE_WHO = /先生|女士|小姐|太太|裔|籍|來自|来自|·|^\p{Script=Han}[生姐]$/u;

/** "My name is …", "This is …", "I am …", "I'm …": the sentence up to its full stop (not Mr.'s), after an optional greeting. */
const ENGLISH =
  /^(?:(?:hi|hello|dear [a-z/ ]{2,20}|good (?:morning|afternoon|evening))[,!.]?\s+)?(my name is|this is|i am|i'm)\s+(.{1,80}?)(?<!\b(?:Mr|Mrs|Ms|Dr))[.!]\s+/iu;

/** Enough left to be a question: two ideographs or three letters. */
const SUBSTANCE = /\p{Script=Han}.*\p{Script=Han}|\p{L}{3}/u;

/**
 * The question without a leading introduction of the asker, or null when it has none (or nothing
 * would be left to search).
 *
 * @example withoutSelfIntroduction('我係陳生，想問狗牌幾錢？') // '想問狗牌幾錢？'
 */
export function withoutSelfIntroduction(question: string): string | null {
  const text = question.trim();
  const chinese = CHINESE.exec(text);
  if (chinese) {
    const [whole, verb = '', clause = ''] = chinese;
    const who = verb !== '是' && verb !== '係' ? true : CHINESE_WHO.test(clause.trim());
    return who ? rest(text, whole) : null;
  }
  const english = ENGLISH.exec(text);
  if (english) {
    const [whole, verb = '', clause = ''] = english;
    // "I am Chan Tai Man" names someone; "I am worried" does not.
    const who = /^my name is$/i.test(verb) || /^\p{Lu}/u.test(clause);
    return who ? rest(text, whole) : null;
  }
  return null;
}

function rest(text: string, introduction: string): string | null {
  const remainder = text.slice(introduction.length).trim();
  return SUBSTANCE.test(remainder) ? remainder : null;
}

type Searched = Awaited<ReturnType<KnowledgeIndex['searchWithLanguage']>>;
type SearchOptions = Parameters<KnowledgeIndex['searchWithLanguage']>[1];

/**
 * Searches the question as asked and, when it opens by introducing the asker, without the
 * introduction too: each entry keeps the better of its two confidences, so an introduction can
 * neither hide an entry nor (when it happens to matter) lose one.
 */
export async function searchWithoutIntroduction(
  index: KnowledgeIndex,
  question: string,
  options: SearchOptions,
): Promise<Searched & { question: string }> {
  const bare = withoutSelfIntroduction(question);
  if (!bare) return { ...(await index.searchWithLanguage(question, options)), question };
  const [asked, plain] = await Promise.all([
    index.searchWithLanguage(question, options),
    index.searchWithLanguage(bare, options),
  ]);
  const best = new Map<string, KnowledgeHit>();
  for (const hit of [...asked.hits, ...plain.hits]) {
    const held = best.get(hit.id);
    if (!held || hit.confidence > held.confidence) best.set(hit.id, hit);
  }
  const hits = [...best.values()].sort((a, b) => b.confidence - a.confidence || b.score - a.score);
  return { ...asked, hits, question: bare };
}
