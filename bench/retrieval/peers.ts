import { create, insertMultiple, search as oramaSearch } from '@orama/orama';
import FlexSearch from 'flexsearch';
import lunr from 'lunr';
import MiniSearch from 'minisearch';
import type { FaqEntryInput, RankingSystem } from '../../src/retrieval/index.ts';
import { cjkBigramTokenize } from './peer-tokenizer.ts';

/** The text a peer indexes per field; alternate questions (learned phrasings) join their own field. */
interface PeerDoc {
  id: string;
  question: string;
  alternates: string;
  answer: string;
  keywords: string;
  title: string;
}

function toPeerDoc(entry: FaqEntryInput): PeerDoc {
  return {
    id: entry.id,
    question: entry.question ?? '',
    alternates: (entry.alternateQuestions ?? []).join(' \n '),
    answer: entry.answer ?? '',
    keywords: (entry.keywords ?? []).join(' '),
    title: entry.title ?? '',
  };
}

const FIELDS = ['question', 'alternates', 'answer', 'keywords', 'title'] as const;

/**
 * Peers learn the way a user of the library would: the confirmed phrasing is appended to the
 * entry's alternate-questions field and the entry is re-indexed (here: before the index is built).
 */
function withLearning(build: (docs: PeerDoc[]) => (query: string, k: number) => string[]): RankingSystem {
  let docs: PeerDoc[] = [];
  let search: ((query: string, k: number) => string[]) | undefined;
  const learned = new Map<string, string[]>();
  return {
    index(entries) {
      docs = entries.map(toPeerDoc);
      search = undefined;
    },
    learn(id, question) {
      learned.set(id, [...(learned.get(id) ?? []), question]);
      search = undefined;
    },
    ready() {
      const all = docs.map((doc) => ({
        ...doc,
        alternates: [doc.alternates, ...(learned.get(doc.id) ?? [])].filter(Boolean).join(' \n '),
      }));
      search = build(all);
    },
    rank(query, k) {
      if (search === undefined) {
        const all = docs.map((doc) => ({
          ...doc,
          alternates: [doc.alternates, ...(learned.get(doc.id) ?? [])].filter(Boolean).join(' \n '),
        }));
        search = build(all);
      }
      return search(query, k);
    },
  };
}

/** MiniSearch 7 with the CJK bigram tokenizer, question boosted, fuzzy and prefix matching on. */
export function miniSearchSystem(options: { cjk: boolean }): RankingSystem {
  return withLearning((docs) => {
    const index = new MiniSearch<PeerDoc>({
      fields: [...FIELDS],
      ...(options.cjk ? { tokenize: cjkBigramTokenize } : {}),
    });
    index.addAll(docs);
    const searchOptions = { boost: { question: 2, alternates: 2 }, fuzzy: 0.2, prefix: true };
    return (query, k) =>
      index
        .search(query, searchOptions)
        .slice(0, k)
        .map((hit) => String(hit.id));
  });
}

interface OramaResult {
  hits: { document: { id: string } }[];
}

/** Orama 3 with the CJK bigram tokenizer plugged in as its tokenizer component. */
export function oramaSystem(): RankingSystem {
  return withLearning((docs) => {
    const db = create({
      schema: {
        id: 'string',
        question: 'string',
        alternates: 'string',
        answer: 'string',
        keywords: 'string',
        title: 'string',
      },
      components: {
        tokenizer: {
          language: 'english',
          normalizationCache: new Map(),
          tokenize: (raw: string) => cjkBigramTokenize(raw),
        },
      },
    } as Parameters<typeof create>[0]);
    const inserted = insertMultiple(db, docs);
    if (inserted instanceof Promise) throw new Error('Orama insert unexpectedly async');
    return (query, k) => {
      // Orama's result generics recurse too deeply for tsc; the shape used here is simple.
      const search = oramaSearch as unknown as (db: unknown, params: object) => OramaResult | Promise<OramaResult>;
      const result = search(db, { term: query, limit: k, boost: { question: 2, alternates: 2 } });
      if (result instanceof Promise) throw new Error('Orama search unexpectedly async');
      return result.hits.map((hit) => hit.document.id);
    };
  });
}

/** FlexSearch 0.8 Document index, CJK bigram encoder, `suggest` so a query need not match every term. */
export function flexSearchSystem(): RankingSystem {
  return withLearning((docs) => {
    const index = new FlexSearch.Document({
      document: { id: 'id', index: [...FIELDS] },
      tokenize: 'strict',
      encode: cjkBigramTokenize,
    } as unknown as ConstructorParameters<typeof FlexSearch.Document>[0]);
    for (const doc of docs) index.add(doc as unknown as Parameters<typeof index.add>[0]);
    return (query, k) => {
      const fieldResults = index.search(query, { limit: k, suggest: true }) as unknown as {
        field: string;
        result: (string | number)[];
      }[];
      // Merge per-field result lists in field priority order (question first), as the docs suggest.
      const order = new Map(FIELDS.map((field, i) => [field, i]));
      fieldResults.sort((a, b) => (order.get(a.field as never) ?? 9) - (order.get(b.field as never) ?? 9));
      const ranked: string[] = [];
      for (const { result } of fieldResults)
        for (const id of result) if (!ranked.includes(String(id))) ranked.push(String(id));
      return ranked.slice(0, k);
    };
  });
}

/** Lunr 2 with its English pipeline (stemmer, stop words) and the CJK bigram tokenizer. */
export function lunrSystem(): RankingSystem {
  return withLearning((docs) => {
    const tokenizer = (value: unknown): lunr.Token[] => {
      if (value === null || value === undefined) return [];
      return cjkBigramTokenize(String(value)).map((token, i) => new lunr.Token(token, { position: [i, 1], index: i }));
    };
    const index = lunr(function () {
      // Lunr's trimmer strips every non-\w character, which deletes Chinese tokens: drop it.
      this.pipeline.remove(lunr.trimmer);
      this.tokenizer = tokenizer as unknown as typeof lunr.tokenizer;
      this.ref('id');
      this.field('question', { boost: 2 });
      this.field('alternates', { boost: 2 });
      this.field('answer');
      this.field('keywords');
      this.field('title');
      for (const doc of docs) this.add(doc);
    });
    return (query, k) =>
      index
        .query((q) => {
          for (const token of tokenizer(query)) q.term(token.toString(), {});
        })
        .slice(0, k)
        .map((hit) => hit.ref);
  });
}
