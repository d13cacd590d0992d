import { readFileSync } from 'node:fs';
import { z } from 'zod';

const bilingual = z.object({ zh: z.string(), en: z.string() });
const intentsSchema = z
  .object({
    $comment: z.string().optional(),
    smallTalk: z.array(
      z.object({ kind: z.string().min(1), phrases: z.array(z.string().min(1)).min(1), reply: bilingual }).strict(),
    ),
    askHuman: z.array(z.string().min(1)),
    yes: z.array(z.string().min(1)),
    background: z.array(z.string().min(1)),
  })
  .strict();

/** What a message is when it is not a question for the knowledge base. */
export type ConversationIntent =
  | { kind: 'background' }
  | { kind: 'small_talk'; topic: string; reply: { zh: string; en: string } }
  | { kind: 'ask_human' }
  | { kind: 'yes' }
  | { kind: 'question' };

interface Intents {
  smallTalk: Map<string, { topic: string; reply: { zh: string; en: string } }>;
  askHuman: string[];
  yes: Set<string>;
  background: RegExp[];
}

let loaded: Intents | null = null;

/** The committed phrase lists (src/chat/data/conversation-intents.json), read and validated once. */
function intents(): Intents {
  if (loaded) return loaded;
  const raw = intentsSchema.parse(
    JSON.parse(readFileSync(new URL('./data/conversation-intents.json', import.meta.url), 'utf8')) as unknown,
  );
  const smallTalk = new Map<string, { topic: string; reply: { zh: string; en: string } }>();
  for (const entry of raw.smallTalk) {
    for (const phrase of entry.phrases) smallTalk.set(normalise(phrase), { topic: entry.kind, reply: entry.reply });
  }
  loaded = {
    smallTalk,
    askHuman: raw.askHuman.map(normalise),
    yes: new Set(raw.yes.map(normalise)),
    background: raw.background.map((source) => new RegExp(source, 'i')),
  };
  return loaded;
}

/** Lower case without spaces, punctuation, symbols or emoji: "Thank you!" and "thank you 🙏" read alike. */
export function normalise(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}]|\u200d|\ufe0f/gu, '');
}

/**
 * Reads what a message is: a chat front end's own background request (a title or tags for its
 * history), small talk, a request for a person, a plain yes (meaningful only after the bot offered
 * a handoff), or a question. Pure; the phrases live in the data file.
 *
 * @example classifyIntent('唔該晒！') // { kind: 'small_talk', topic: 'thanks', ... }
 */
export function classifyIntent(text: string, options: { leadingYes?: boolean } = {}): ConversationIntent {
  const data = intents();
  if (data.background.some((pattern) => pattern.test(text))) return { kind: 'background' };
  const plain = normalise(text);
  const small = data.smallTalk.get(plain);
  if (small) return { kind: 'small_talk', ...small };
  if (data.askHuman.some((phrase) => plain.includes(phrase))) return { kind: 'ask_human' };
  if (data.yes.has(plain)) return { kind: 'yes' };
  // "好，請打 ⟨number⟩": with callback details taken out, a reply that starts with yes is a yes.
  if (options.leadingYes && [...data.yes].some((phrase) => plain.startsWith(phrase))) return { kind: 'yes' };
  return { kind: 'question' };
}
