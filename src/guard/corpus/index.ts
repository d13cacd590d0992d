/**
 * The guard's attack library and benign corpus (issue 14): versioned data files, their schema and a
 * seeded generator. Used to train and evaluate the injection detector (scripts/train-injection.ts,
 * bench:guard) and available to evaluations that red-team a bot.
 */
export * from './schema.ts';
export { loadCorpusFiles, type CorpusFiles } from './load-corpus.ts';
export { generateCorpus, type GenerateOptions } from './generate-corpus.ts';
