import type { KnowledgeHit, KnowledgeIndex } from '../knowledge/index.ts';
import { contactFindings } from './handoff-contact.ts';

/**
 * Who is asking is not what is asked. "我是陳美玲女士。狗牌幾錢？" and "I am Muhammad Khan. How much
 * is a dog licence?" must find the entry the bare question finds: the fairness counterfactuals of
 * issue #16 caught an introduction diluting the search, so a woman's or a migrant's question fell
 * under the bot's threshold where a man's did not. Only an introduction of WHO (a name, a title, an
 * origin) is taken off; what the asker IS (elderly, a dog owner, worried) can decide the answer and
 * stays. How to reach the asker is not what is asked either: a clause giving their phone number or
 * e-mail address (我電話係 9123 4567，…) is taken off too.
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

/**
 * The question without the clauses that give the asker's phone number or e-mail address, or null when
 * it has none (or nothing would be left to search). Searched, the number and the words around it were
 * rare terms that no entry holds, and they outweighed the question: 我電話係 9123 4567，請問狗隻幾大要領牌？
 * fell under the threshold where 請問狗隻幾大要領牌？ was answered.
 *
 * @example withoutContactClauses('我電話係 9123 4567，請問狗隻幾大要領牌？') // '請問狗隻幾大要領牌？'
 */
export function withoutContactClauses(question: string): string | null {
  const found = contactFindings(question);
  if (!found.length) return null;
  let remainder = '';
  let kept = 0;
  for (const { start, end } of [...found].sort((a, b) => a.start - b.start)) {
    if (start < kept) continue; // in a clause already taken off
    let from = start;
    while (from > kept && !endsClause(question, from - 1)) from--;
    let to = end;
    while (to < question.length && !endsClause(question, to)) to++;
    remainder += question.slice(kept, from);
    kept = to + 1;
  }
  remainder = (remainder + question.slice(kept)).trim();
  return SUBSTANCE.test(remainder) ? remainder : null;
}

/** A stop, question or exclamation mark, comma, semicolon or line break; a full stop only before a space (not 1.5). */
function endsClause(text: string, at: number): boolean {
  const char = text[at] as string;
  return (
    /[。！!？?，,；;\n]/u.test(char) || (char === '.' && (at + 1 === text.length || /\s/u.test(text[at + 1] as string)))
  );
}

/**
 * The question without what it says about the asker: a leading introduction and any clause giving
 * their contact; null when it says neither (or nothing would be left to search).
 */
export function withoutTheAsker(question: string): string | null {
  const introduced = withoutSelfIntroduction(question);
  return withoutContactClauses(introduced ?? question) ?? introduced;
}

function rest(text: string, introduction: string): string | null {
  const remainder = text.slice(introduction.length).trim();
  return SUBSTANCE.test(remainder) ? remainder : null;
}

type Searched = Awaited<ReturnType<KnowledgeIndex['searchWithLanguage']>>;
type SearchOptions = Parameters<KnowledgeIndex['searchWithLanguage']>[1];

/**
 * Searches the question as asked and, when it introduces the asker or gives their contact, without
 * that too (`withoutTheAsker`): each entry keeps the better of its two confidences, so an
 * introduction can neither hide an entry nor (when it happens to matter: a number asked about) lose one.
 */
export async function searchWithoutTheAsker(
  index: KnowledgeIndex,
  question: string,
  options: SearchOptions,
): Promise<Searched & { question: string }> {
  const bare = withoutTheAsker(question);
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
