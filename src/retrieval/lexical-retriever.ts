import {
  ANALYZER_VERSION,
  type AnalyzeOptions,
  type Analyzer,
  createAnalyzer,
  GRAM_PREFIX,
  INTENT_PREFIX,
} from './analyzer.ts';
import { type FaqEntry, type FaqEntryInput, faqEntrySchema } from './faq-entry.ts';
import {
  DEFAULT_ANSWER_BESIDE_QUESTION,
  DEFAULT_FIELD_TUNING,
  type Field,
  FIELDS,
  type FieldTuning,
} from './fields.ts';
import { type ConfidenceModel, confidenceOf, type CoverageTerms, coverageTerms, queryCoverage } from './confidence.ts';
import { FilterPopulation } from './filter-population.ts';
import type { Language } from './language.ts';
import { LexicalIndex, type LexicalIndexData, TF_BITS, TF_MASK } from './lexical-index.ts';
import {
  buildQueryTerms,
  DEFAULT_TERM_WEIGHTS,
  type PreparedSynonymGroup,
  prepareSynonyms,
  type QueryTerm,
  type TermWeights,
} from './query-terms.ts';
import type { SearchFilter, SearchHit, SearchOptions } from './search-options.ts';
import { regionalSynonyms, type SynonymGroup } from './synonyms.ts';
import { TopK } from './top-k.ts';
import { TypoIndex } from './typo-index.ts';

/** A long answer beside its question only breaks ties: bigrams suffice, no jieba, no single characters. */
const ANSWER_BESIDE_QUESTION: AnalyzeOptions = { words: false, unigrams: false };
/** An entry without a question (a document chunk): words, but no single characters and no question intents (a passage tells, it does not ask), in every field. */
const ANSWER_ALONE: AnalyzeOptions = { unigrams: false, intents: false };

/**
 * BM25 saturation of English terms. An English word is one term where Chinese text gives a word, its
 * bigrams and characters that say the same thing again, so Chinese needs the early saturation of 1.2
 * and English does not: at 1.2, one match in a question (field weight 3) was worth little more than one
 * in the answer. Chosen on the even half of covid-queries (MRR@10 0.754 → 0.767; odd half 0.737 →
 * 0.752); the Chinese sets do not move (bench:retrieval).
 */
const LATIN_K1 = 3;

/** True for an English stem, a number or an English word pair (Chinese terms start with a Han character, `#` or `?`). */
function isLatinTerm(term: string): boolean {
  const first = term.charCodeAt(0);
  return first < 0x80 && term[0] !== GRAM_PREFIX && term[0] !== INTENT_PREFIX;
}

/** Rarer terms a query must keep before {@link LexicalRetrieverOptions.termMaxPostings} drops common ones. */
const RARE_TERMS_KEPT = 3;

/** Options of {@link LexicalRetriever}; every one has a tuned default. */
export interface LexicalRetrieverOptions {
  analyzer?: Analyzer;
  /** BM25F per-field weight and length normalisation (`answer`: of an entry without a question). */
  fields?: Partial<Record<Field, FieldTuning>>;
  /** The answer field of an entry that has a question (default {@link DEFAULT_ANSWER_BESIDE_QUESTION}). */
  answerBesideQuestion?: FieldTuning;
  /** BM25 term-frequency saturation of Chinese terms (default 1.2). */
  k1?: number;
  /** BM25 term-frequency saturation of English terms (default LATIN_K1). */
  latinK1?: number;
  terms?: Partial<TermWeights>;
  /** Department (or global) synonym groups, added to the built-in regional list. */
  synonyms?: readonly SynonymGroup[];
  /**
   * An entry scores as its best document (main or one alternate question) plus this share of the
   * scores of its other matching documents: several learned phrasings agreeing is evidence too.
   */
  alternateVotes?: number;
  /** Share of the weaker of (main document, best alternate) added to the stronger one (default 1). */
  alternateBest?: number;
  /**
   * A single-character query term is skipped when more documents than this hold it (default 1,000).
   * On FAQ-sized sets every character counts (common ones too: dropping characters above 2% of
   * documents cost Taipei MRR 0.03); at 100k entries, common characters' postings tripled query time.
   */
  unigramMaxPostings?: number;
  /**
   * Any other query term held by more documents than this is skipped too, as long as at least
   * {@link RARE_TERMS_KEPT} rarer terms remain (default 4,000). Only large corpora reach it (never an
   * FAQ of a few thousand entries); at 100k entries such terms were 3/4 of the postings walked while
   * their IDF, a third of a rare term's, seldom changed the order.
   */
  termMaxPostings?: number;
  /** Use the built-in Hong Kong/Taiwan/Mainland word list (default true). */
  regionalSynonyms?: boolean;
  /** How a hit's confidence is computed (default `calibrated`); see {@link ConfidenceModel}. */
  confidence?: ConfidenceModel;
}

/** What {@link LexicalRetriever.stats} reports. */
export interface RetrieverStats {
  entries: number;
  terms: number;
  /** Estimated bytes of the index structures and stored entries. */
  bytes: number;
  bytesPerEntry: number;
}

/** Serialisable state of a {@link LexicalRetriever}; see {@link LexicalRetriever.snapshot}. */
export interface LexicalSnapshot {
  format: 'lionrock-retrieval';
  version: 1;
  /** {@link ANALYZER_VERSION} of the analyzer that made the terms. */
  analyzerVersion: number;
  entries: (FaqEntry | null)[];
  languages: (Language | null)[];
  owners: number[];
  index: LexicalIndexData;
  latinWords: string[];
}

/**
 * The lexical retriever: BM25F over the entry fields with synonyms, typo tolerance and filters,
 * updated incrementally in memory. Pure computation; files and databases stay with the caller.
 *
 * @example
 * const retriever = new LexicalRetriever();
 * retriever.upsert([{ id: 'dog-licence', question: '如何申請狗隻牌照？', answer: '…' }]);
 * retriever.search('點樣攞狗牌').hits[0]?.id; // 'dog-licence'
 */
export class LexicalRetriever {
  private readonly analyzer: Analyzer;
  /**
   * BM25F weight and length normalisation of each field (in FIELDS order), split out once for the
   * scoring loop: one set for a chunk's documents (no question), one for documents of entries with
   * a question, where only the answer differs.
   */
  private readonly chunkFields: { weight: number[]; b: number[] };
  private readonly faqFields: { weight: number[]; b: number[] };
  private readonly k1: number;
  private readonly latinK1: number;
  private readonly weights: TermWeights;
  private readonly synonyms: PreparedSynonymGroup[];
  private index = new LexicalIndex();
  /** Entry of each main document (alternate-question documents have none). */
  private entries: (FaqEntry | undefined)[] = [];
  private languages: (Language | undefined)[] = [];
  /** Main document of every document: itself, or the entry an alternate question belongs to. */
  private owners: number[] = [];
  /** 1 for a document of an entry without a question (a chunk): its answer is tuned as text. */
  private chunkDocs = new Uint8Array(1024);
  /** Documents of each entry id, main document first. */
  private readonly docsOf = new Map<string, number[]>();
  private readonly typos = new TypoIndex();
  private latinWords = new Set<string>();
  private scores = new Float64Array(0);
  private touched = new Int32Array(0);
  private entryScores = new Float64Array(0);
  private entrySums = new Float64Array(0);
  private entryBest = new Float64Array(0);
  /** Per entry during a ranking: its best-scoring alternate document + 1 (0: none matched). */
  private entryBestDoc = new Int32Array(0);
  /** Best alternate document (or -1) of each item of the last ranking, in rank order. */
  private readonly rankedAlternates: number[] = [];
  /** Bumped by every change of the documents: cached filter populations are then stale. */
  private version = 0;
  private readonly populations = new FilterPopulation();
  private readonly confidenceModel: ConfidenceModel;
  private readonly mains: number[] = [];
  private readonly alternateVotes: number;
  private readonly alternateBest: number;
  private readonly unigramMaxPostings: number;
  private readonly termMaxPostings: number;

  constructor(options: LexicalRetrieverOptions = {}) {
    this.analyzer = options.analyzer ?? createAnalyzer();
    const tuning = FIELDS.map((field) => options.fields?.[field] ?? DEFAULT_FIELD_TUNING[field]);
    const besideQuestion = FIELDS.map((field, f) =>
      field === 'answer'
        ? (options.answerBesideQuestion ?? DEFAULT_ANSWER_BESIDE_QUESTION)
        : (tuning[f] as FieldTuning),
    );
    this.chunkFields = { weight: tuning.map((t) => t.weight), b: tuning.map((t) => t.b) };
    this.faqFields = { weight: besideQuestion.map((t) => t.weight), b: besideQuestion.map((t) => t.b) };
    this.k1 = options.k1 ?? 1.2;
    this.latinK1 = options.latinK1 ?? LATIN_K1;
    this.alternateVotes = options.alternateVotes ?? 0.1;
    this.alternateBest = options.alternateBest ?? 1;
    this.unigramMaxPostings = options.unigramMaxPostings ?? 1000;
    this.termMaxPostings = options.termMaxPostings ?? 4000;
    this.weights = { ...DEFAULT_TERM_WEIGHTS, ...options.terms };
    this.confidenceModel = options.confidence ?? 'calibrated';
    const groups = [...(options.regionalSynonyms === false ? [] : regionalSynonyms()), ...(options.synonyms ?? [])];
    this.synonyms = prepareSynonyms(groups, this.analyzer);
  }

  /** Number of entries held. */
  get size(): number {
    return this.docsOf.size;
  }

  /** Adds entries, replacing any held under the same id; validates each with {@link faqEntrySchema}. */
  upsert(inputs: readonly FaqEntryInput[]): void {
    for (const input of inputs) {
      const entry = faqEntrySchema.parse(input);
      this.remove([entry.id]);
      this.insert(entry);
    }
  }

  /** Removes entries by id; unknown ids are ignored. Returns how many were removed. */
  remove(ids: readonly string[]): number {
    let removed = 0;
    for (const id of ids) {
      const docs = this.docsOf.get(id);
      if (docs === undefined) continue;
      for (const doc of docs) this.index.remove(doc);
      this.version++;
      const main = docs[0] as number;
      this.entries[main] = undefined;
      this.languages[main] = undefined;
      this.docsOf.delete(id);
      removed++;
    }
    return removed;
  }

  get(id: string): FaqEntry | undefined {
    const docs = this.docsOf.get(id);
    return docs === undefined ? undefined : this.entries[docs[0] as number];
  }

  /**
   * Learns an alternate phrasing: a question confirmed (by feedback or by an officer resolving a
   * handoff) to be answered by entry `id`. It takes effect for the next search. Returns false when
   * the entry is unknown or already has that phrasing.
   */
  learn(id: string, question: string): boolean {
    const entry = this.get(id);
    if (entry === undefined) return false;
    const canonical = this.analyzer.analyze(question).canonical;
    const known = [entry.question, ...entry.alternateQuestions].some(
      (q) => this.analyzer.analyze(q).canonical === canonical,
    );
    if (known || canonical === '') return false;
    entry.alternateQuestions.push(question);
    const docs = this.docsOf.get(id) as number[];
    const main = docs[0] as number;
    const doc = this.index.add([[], this.termsOf([question]), [], [], []]);
    this.owners[doc] = main;
    this.markChunk(doc, entry.question === '');
    docs.push(doc);
    this.version++;
    return true;
  }

  /** Ranks entries for a query. */
  search(query: string, options: SearchOptions = {}): { language: Language; hits: SearchHit[] } {
    const analysis = this.analyzer.analyze(query);
    const filter = options.filter;
    const departments = filter?.department === undefined ? undefined : toList(filter.department);
    const terms = buildQueryTerms(analysis, {
      analyzer: this.analyzer,
      weights: this.weights,
      synonyms: this.synonyms,
      departments,
      typos: this.typos,
      documentFrequency: (term) => this.index.documentFrequency(term),
    });
    this.dropCommonTerms(terms);
    const k = options.k ?? 10;
    const top = this.rank(terms, k, filter);
    const best = this.bestPossibleScore(terms);
    const calibrated = this.confidenceModel === 'calibrated' && top.length > 0;
    const coverage = calibrated ? coverageTerms(terms, this.populationFrequency(filter)) : undefined;
    const hits: SearchHit[] = [];
    for (const [rank, { doc, score }] of top.entries()) {
      const entry = this.entries[doc] as FaqEntry;
      const queryShare = best > 0 ? Math.min(1, score / best) : 0;
      const confidence = coverage
        ? this.calibrated(entry, doc, this.rankedAlternates[rank] as number, queryShare, coverage)
        : confidenceOf('query-share', { kind: 'question', queryShare, coverage: 0 });
      if (options.minConfidence !== undefined && confidence < options.minConfidence) continue;
      hits.push({ id: entry.id, score, confidence });
    }
    return { language: analysis.language, hits };
  }

  /**
   * The filter as a test of entry ids (the same test {@link LexicalRetriever.search} applies), compiled
   * once for a whole candidate list; unknown ids fail it.
   */
  acceptor(filter: SearchFilter | undefined): (id: string) => boolean {
    const test = compileFilter(filter);
    return (id) => {
      const docs = this.docsOf.get(id);
      if (docs === undefined) return false;
      const main = docs[0] as number;
      return test === undefined || test(this.entries[main] as FaqEntry, this.languages[main] ?? 'unknown');
    };
  }

  stats(): RetrieverStats {
    let bytes = this.index.estimateBytes();
    for (const entry of this.entries) if (entry !== undefined) bytes += entryBytes(entry);
    const entries = this.docsOf.size;
    return { entries, terms: this.index.termCount, bytes, bytesPerEntry: entries === 0 ? 0 : bytes / entries };
  }

  /** A JSON-serialisable copy of the whole state; {@link LexicalRetriever.restore} reloads it without re-analysis. */
  snapshot(): LexicalSnapshot {
    return {
      format: 'lionrock-retrieval',
      version: 1,
      analyzerVersion: ANALYZER_VERSION,
      entries: this.entries.map((entry) => entry ?? null),
      languages: this.languages.map((language) => language ?? null),
      owners: this.owners,
      index: this.index.toJSON(),
      latinWords: [...this.latinWords],
    };
  }

  /** Rebuilds a retriever from {@link LexicalRetriever.snapshot} output (options are not part of it). */
  static restore(snapshot: LexicalSnapshot, options: LexicalRetrieverOptions = {}): LexicalRetriever {
    if (snapshot.format !== 'lionrock-retrieval' || snapshot.version !== 1)
      throw new Error('not a LionRock retrieval snapshot (version 1)');
    if (snapshot.analyzerVersion !== ANALYZER_VERSION)
      throw new Error(
        `retrieval snapshot made by analyzer version ${snapshot.analyzerVersion ?? 'unknown'}, this build is version ${ANALYZER_VERSION}: rebuild the index from its entries`,
      );
    const retriever = new LexicalRetriever(options);
    retriever.index = LexicalIndex.fromJSON(snapshot.index);
    retriever.entries = snapshot.entries.map((entry) => entry ?? undefined);
    retriever.languages = snapshot.languages.map((language) => language ?? undefined);
    retriever.owners = snapshot.owners;
    snapshot.owners.forEach((main, doc) => {
      const entry = retriever.entries[main];
      if (entry === undefined || !retriever.index.isLive(doc)) return;
      retriever.markChunk(doc, entry.question === '');
      const docs = retriever.docsOf.get(entry.id);
      if (docs === undefined) retriever.docsOf.set(entry.id, [doc]);
      else docs.push(doc);
    });
    for (const word of snapshot.latinWords) retriever.addLatinWord(word);
    return retriever;
  }

  /**
   * Indexes an entry as one main document (question, answer, keywords, title) plus one small
   * document per alternate question. An entry scores as its best document, so twenty learned
   * phrasings act as twenty nearest neighbours instead of one long, length-penalised field.
   */
  private insert(entry: FaqEntry): void {
    let language: Language | undefined = entry.language;
    const termsOf = (texts: readonly string[], detect: boolean, options?: AnalyzeOptions): string[] => {
      const terms: string[] = [];
      for (const text of texts) {
        if (text === '') continue;
        const analysis = this.analyzer.analyze(text, options);
        if (detect && language === undefined) language = analysis.language;
        for (const term of analysis.terms) terms.push(term);
        for (const word of analysis.latinWords) this.addLatinWord(word);
      }
      return terms;
    };
    // Without a question (a document chunk) the answer is what queries match; single characters would
    // then only meet the short title and let it outvote the text (DRCD MRR 0.948 → 0.938).
    const chunk = entry.question === '';
    const main = this.index.add([
      termsOf([entry.question], true),
      [],
      // Beside a question the answer only breaks ties (weight 0.25): its bigrams suffice, and skipping
      // jieba there cut indexing by a third. An entry without a question (a document chunk) keeps words.
      termsOf([entry.answer], true, chunk ? ANSWER_ALONE : ANSWER_BESIDE_QUESTION),
      termsOf(entry.keywords, false, chunk ? ANSWER_ALONE : undefined),
      termsOf([entry.title], false, chunk ? ANSWER_ALONE : undefined),
    ]);
    const docs = [main];
    this.owners[main] = main;
    this.markChunk(main, chunk);
    for (const alternate of entry.alternateQuestions) {
      const doc = this.index.add([[], termsOf([alternate], false), [], [], []]);
      this.owners[doc] = main;
      this.markChunk(doc, chunk);
      docs.push(doc);
    }
    this.entries[main] = entry;
    this.languages[main] = language ?? 'unknown';
    this.docsOf.set(entry.id, docs);
    this.version++;
  }

  private markChunk(doc: number, chunk: boolean): void {
    if (doc >= this.chunkDocs.length) {
      const grown = new Uint8Array(Math.max(this.chunkDocs.length * 2, doc + 1));
      grown.set(this.chunkDocs);
      this.chunkDocs = grown;
    }
    this.chunkDocs[doc] = chunk ? 1 : 0;
  }

  private termsOf(texts: readonly string[]): string[] {
    const terms: string[] = [];
    for (const text of texts) {
      if (text === '') continue;
      const analysis = this.analyzer.analyze(text);
      for (const term of analysis.terms) terms.push(term);
      for (const word of analysis.latinWords) this.addLatinWord(word);
    }
    return terms;
  }

  private addLatinWord(word: string): void {
    if (this.latinWords.has(word)) return;
    this.latinWords.add(word);
    this.typos.add(word);
  }

  private rank(terms: readonly QueryTerm[], k: number, filter: SearchFilter | undefined): TopK['items'] {
    const index = this.index;
    if (this.scores.length < index.capacity) {
      this.scores = new Float64Array(Math.max(1024, index.capacity * 2));
      this.touched = new Int32Array(this.scores.length);
    }
    const scores = this.scores;
    // Reused buffers: a query allocates almost nothing, so young-generation pauses stay off p99.
    const touched = this.touched;
    let touchedCount = 0;
    const n = index.size;
    const fieldCount = FIELDS.length;
    // Two tunings: a chunk's text (no question) and an answer beside its question count differently.
    const { weight: chunkWeight, b: chunkB } = this.chunkFields;
    const { weight: faqWeight, b: faqB } = this.faqFields;
    const chunkDocs = this.chunkDocs;
    const average = FIELDS.map((_, f) => index.averageFieldLength(f) || 1);
    const lengths = index.fieldLengthsView();
    for (const { term, weight: queryWeight, groupFrequency } of terms) {
      const postings = index.postings(term);
      if (postings === undefined) continue;
      const k1 = this.saturationOf(term);
      const { docs, tfs } = postings;
      const df = Math.max(docs.length, groupFrequency);
      const idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
      const termWeight = idf * queryWeight * (k1 + 1);
      for (let i = 0; i < docs.length; i++) {
        const doc = docs[i] as number;
        const chunk = chunkDocs[doc] === 1;
        const weight = chunk ? chunkWeight : faqWeight;
        const b = chunk ? chunkB : faqB;
        // Walk only the fields present: 6 bits of term frequency per field, most postings hold one.
        let rest = tfs[i] as number;
        let tf = 0;
        for (let f = 0; rest !== 0; f++, rest >>>= TF_BITS) {
          const count = rest & TF_MASK;
          if (count === 0) continue;
          const bf = b[f] as number;
          tf +=
            ((weight[f] as number) * count) /
            (1 - bf + (bf * (lengths[doc * fieldCount + f] as number)) / (average[f] as number));
        }
        // A zero contribution (a field weighted 0) must not list the document twice in `touched`.
        if (tf === 0) continue;
        if (scores[doc] === 0) touched[touchedCount++] = doc;
        scores[doc] = (scores[doc] as number) + (termWeight * tf) / (tf + k1);
      }
    }
    if (this.entryScores.length < scores.length) {
      this.entryScores = new Float64Array(scores.length);
      this.entryBest = new Float64Array(scores.length);
      this.entrySums = new Float64Array(scores.length);
      this.entryBestDoc = new Int32Array(scores.length);
    }
    const bestDoc = this.entryBestDoc;
    const mainScores = this.entryScores;
    const alternateBest = this.entryBest;
    const alternateSums = this.entrySums;
    const mains = this.mains;
    mains.length = 0;
    for (let t = 0; t < touchedCount; t++) {
      const doc = touched[t] as number;
      const score = scores[doc] as number;
      scores[doc] = 0;
      const main = this.owners[doc] as number;
      if (mainScores[main] === 0 && alternateSums[main] === 0) mains.push(main);
      if (doc === main) mainScores[main] = score;
      else {
        if (score > (alternateBest[main] as number)) {
          alternateBest[main] = score;
          bestDoc[main] = doc + 1;
        }
        alternateSums[main] = (alternateSums[main] as number) + score;
      }
    }
    const top = new TopK(k);
    const accepts = compileFilter(filter);
    const { alternateBest: bestShare, alternateVotes: votes } = this;
    for (const main of mains) {
      const own = mainScores[main] as number;
      const best = alternateBest[main] as number;
      const score =
        Math.max(own, best) + bestShare * Math.min(own, best) + votes * ((alternateSums[main] as number) - best);
      mainScores[main] = 0;
      alternateBest[main] = 0;
      alternateSums[main] = 0;
      if (accepts === undefined || accepts(this.entries[main] as FaqEntry, this.languages[main] as Language))
        top.offer(main, score);
    }
    const ranked = this.rankedAlternates;
    ranked.length = 0;
    for (const { doc } of top.items) ranked.push((bestDoc[doc] as number) - 1);
    for (const main of mains) bestDoc[main] = 0;
    return top.items;
  }

  /**
   * Drops common terms, in place: single characters held by more than `unigramMaxPostings` documents,
   * and, when enough rarer terms remain to rank by, any term held by more than `termMaxPostings`. A
   * posting budget for weak signals (at 100k entries, common characters tripled query time).
   */
  private dropCommonTerms(terms: QueryTerm[]): void {
    const index = this.index;
    const isCharacter = (term: string): boolean => term.length === 2 && term.startsWith(GRAM_PREFIX);
    let rare = 0;
    for (const { term } of terms)
      if (!isCharacter(term) && index.documentFrequency(term) <= this.termMaxPostings) rare++;
    const termCap = rare >= RARE_TERMS_KEPT ? this.termMaxPostings : Number.POSITIVE_INFINITY;
    let kept = 0;
    for (const term of terms) {
      const frequency = index.documentFrequency(term.term);
      const common = frequency > termCap || (isCharacter(term.term) && frequency > this.unigramMaxPostings);
      if (!common) terms[kept++] = term;
    }
    terms.length = kept;
  }

  /**
   * Document frequency and size of the population a search may return (every live document when
   * unfiltered), for the IDF that weighs query terms in confidence.
   */
  private populationFrequency(filter: SearchFilter | undefined): { size: number; frequency: (term: string) => number } {
    const index = this.index;
    if (filter === undefined) return { size: index.size, frequency: (term) => index.documentFrequency(term) };
    const test = compileFilter(filter) as (entry: FaqEntry, language: Language) => boolean;
    const { accepted, size } = this.populations.of(JSON.stringify(filter), this.version, index.capacity, (doc) => {
      if (!index.isLive(doc)) return false;
      const main = this.owners[doc] as number;
      return test(this.entries[main] as FaqEntry, this.languages[main] ?? 'unknown');
    });
    return {
      size,
      frequency: (term) => {
        const postings = index.postings(term);
        return postings === undefined ? 0 : FilterPopulation.count(postings.docs, accepted);
      },
    };
  }

  /**
   * Calibrated confidence of a hit: its coverage of the query (in the main document or its best
   * matching alternate question), read per kind of entry.
   */
  private calibrated(
    entry: FaqEntry,
    main: number,
    alternate: number,
    queryShare: number,
    terms: CoverageTerms,
  ): number {
    const passage = entry.question === '';
    const mask = passage ? PASSAGE_FIELDS : QUESTION_FIELDS;
    const holds = (doc: number) => (term: string) => (this.index.frequencies(term, doc) & mask) !== 0;
    const typed = passage ? terms.withoutCharacters : terms.all;
    let coverage = queryCoverage(typed, terms.expansions, holds(main));
    if (alternate >= 0) coverage = Math.max(coverage, queryCoverage(typed, terms.expansions, holds(alternate)));
    return confidenceOf(this.confidenceModel, { kind: passage ? 'passage' : 'question', queryShare, coverage });
  }

  /** BM25's k1 for a term: English words and word pairs saturate later than Chinese terms. */
  private saturationOf(term: string): number {
    return isLatinTerm(term) ? this.latinK1 : this.k1;
  }

  /** The score of an entry whose question holds every typed query term once, at average length. */
  private bestPossibleScore(terms: readonly QueryTerm[]): number {
    const n = this.index.size;
    const tf = this.chunkFields.weight[0] ?? 1;
    let best = 0;
    for (const { term, weight, expansion, groupFrequency } of terms) {
      // A question intent (?how) is scaffolding, like the question words coverage leaves out: a passage
      // never holds one, and counting it here lowered every passage's query share.
      if (expansion || term.startsWith(INTENT_PREFIX)) continue;
      const k1 = this.saturationOf(term);
      const saturation = (tf * (k1 + 1)) / (tf + k1);
      const df = Math.max(this.index.documentFrequency(term), groupFrequency);
      best += weight * saturation * Math.log(1 + (n - df + 0.5) / (df + 0.5));
    }
    return best;
  }
}

/** Packed-frequency masks of the fields coverage reads: a passage's every field; an FAQ entry's question side. */
const fieldMask = (fields: readonly (typeof FIELDS)[number][]) =>
  fields.reduce((mask, field) => mask | (TF_MASK << (FIELDS.indexOf(field) * TF_BITS)), 0);
const PASSAGE_FIELDS = fieldMask(FIELDS);
// An FAQ entry is matched on its question side: its answer often mentions what other entries are about.
const QUESTION_FIELDS = fieldMask(['question', 'alternateQuestions', 'keywords']);

function toList<T>(value: T | readonly T[]): readonly T[] {
  return Array.isArray(value) ? (value as readonly T[]) : [value as T];
}

function compileFilter(
  filter: SearchFilter | undefined,
): ((entry: FaqEntry, language: Language) => boolean) | undefined {
  if (filter === undefined) return undefined;
  const departments = filter.department === undefined ? undefined : toList(filter.department);
  const languages = filter.language === undefined ? undefined : toList(filter.language);
  const statuses = filter.status === undefined ? undefined : toList(filter.status);
  const kinds = filter.kind === undefined ? undefined : toList(filter.kind);
  const bot = filter.bot;
  return (entry, language) =>
    (departments === undefined || (entry.department !== undefined && departments.includes(entry.department))) &&
    (languages === undefined || languages.includes(language)) &&
    (statuses === undefined || statuses.includes(entry.status)) &&
    (kinds === undefined || (entry.kind !== undefined && kinds.includes(entry.kind))) &&
    (bot === undefined || entry.bots.length === 0 || entry.bots.includes(bot));
}

function entryBytes(entry: FaqEntry): number {
  let chars = entry.id.length + entry.question.length + entry.answer.length + entry.title.length;
  for (const text of [...entry.alternateQuestions, ...entry.keywords, ...entry.bots]) chars += text.length + 16;
  return 2 * chars + 200;
}
