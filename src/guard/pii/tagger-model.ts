import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { packInt8, unpackInt8 } from '../int8-weights.ts';
import { TAGGER_BITS, TAGGER_LABELS } from './tagger-features.ts';

/**
 * The trained word tagger as committed in `src/guard/data/pii-tagger-model.json`: averaged
 * perceptron weights, int8-quantised. Made by `npm run train:pii` (scripts/train-pii-tagger.ts).
 */
const taggerModelSchema = z.object({
  version: z.literal(1),
  bits: z.literal(TAGGER_BITS),
  labels: z.tuple([z.literal('O'), z.literal('PERSON'), z.literal('ADDRESS')]),
  scale: z.number().positive(),
  /** base64 of labels × 2^bits signed bytes. */
  weights: z.string(),
  trainedOn: z.object({
    source: z.string(),
    texts: z.number().int(),
    words: z.number().int(),
    epochs: z.number().int(),
  }),
});

export type TaggerModelFile = z.infer<typeof taggerModelSchema>;

/** Packs trained float weights into the committed file format. */
export function packTaggerModel(weights: Float32Array, trainedOn: TaggerModelFile['trainedOn']): TaggerModelFile {
  return { version: 1, bits: TAGGER_BITS, labels: [...TAGGER_LABELS], ...packInt8(weights), trainedOn };
}

/** Validates and unpacks a model file; throws on a malformed one (a broken guard must not start). */
export function loadTaggerModel(raw: unknown): Float32Array {
  const file = taggerModelSchema.parse(raw);
  return unpackInt8(file.weights, file.scale, TAGGER_LABELS.length << file.bits, 'personal-data tagger');
}

let cached: Float32Array | undefined;

/** The committed model, read once on first use (read at run time so training can rebuild it from scratch). */
export function defaultTaggerWeights(): Float32Array {
  cached ??= loadTaggerModel(
    JSON.parse(readFileSync(new URL('../data/pii-tagger-model.json', import.meta.url), 'utf8')) as unknown,
  );
  return cached;
}
