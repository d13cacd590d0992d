import { z } from 'zod';
import { packInt8, unpackInt8 } from '../int8-weights.ts';
import { CONCEPT_FEATURES, defaultConceptLexicon } from './concepts.ts';
import { FEATURE_BITS, type FeatureIndex, indexFeatures, windowLogit } from './features.ts';

/**
 * The trained injection classifier as committed in `src/guard/data/injection-model.json`: logistic
 * regression over hashed features, weights quantised to int8 (`weight = q * scale`), a weight per
 * concept feature (concepts.ts; few, kept as plain numbers), plus a learned weight per explainable rule. Made by `npm run train:guard` (scripts/train-injection.ts).
 */
export const injectionModelSchema = z.object({
  version: z.literal(2),
  bits: z.literal(FEATURE_BITS),
  bias: z.number(),
  scale: z.number().positive(),
  /** base64 of 2^bits signed bytes. */
  weights: z.string(),
  /** The concept lexicon's version the weights were trained with, and one weight per concept feature. */
  concepts: z.object({ version: z.number().int().positive(), weights: z.array(z.number()).length(CONCEPT_FEATURES) }),
  ruleWeights: z.record(z.string(), z.number()),
  /** Weight of each obfuscation signal found by normalisation. */
  signalWeight: z.number(),
  /** Probability at or above which a text is labelled an injection (chosen on a validation split). */
  threshold: z.number().min(0).max(1),
  trainedOn: z.object({ examples: z.number().int(), positives: z.number().int(), sources: z.array(z.string()) }),
});

export type InjectionModelFile = z.infer<typeof injectionModelSchema>;

export interface InjectionModel {
  bias: number;
  weights: Float32Array;
  conceptWeights: Float32Array;
  ruleWeights: Readonly<Record<string, number>>;
  signalWeight: number;
  threshold: number;
}

/** Validates and unpacks a model file. Throws on a malformed file: a broken guard must not start. */
export function loadInjectionModel(raw: unknown): InjectionModel {
  const file = injectionModelSchema.parse(raw);
  const weights = unpackInt8(file.weights, file.scale, 1 << file.bits, 'injection model');
  const lexicon = defaultConceptLexicon();
  if (file.concepts.version !== lexicon.version) {
    // Concept numbers are positions in the lexicon: weights of another edition would mean other concepts.
    throw new Error(
      `injection model: trained with concept lexicon version ${file.concepts.version}, found ${lexicon.version}; run npm run train:guard`,
    );
  }
  return {
    bias: file.bias,
    weights,
    conceptWeights: Float32Array.from(file.concepts.weights),
    ruleWeights: file.ruleWeights,
    signalWeight: file.signalWeight,
    threshold: file.threshold,
  };
}

/** Packs trained float weights into the committed file format. */
export function packInjectionModel(
  model: InjectionModel,
  trainedOn: InjectionModelFile['trainedOn'],
): InjectionModelFile {
  const { scale, weights } = packInt8(model.weights);
  return {
    version: 2,
    bits: FEATURE_BITS,
    bias: model.bias,
    scale,
    weights,
    concepts: {
      version: defaultConceptLexicon().version,
      weights: Array.from(model.conceptWeights, (w) => Math.round(w * 10000) / 10000),
    },
    ruleWeights: model.ruleWeights,
    signalWeight: model.signalWeight,
    threshold: model.threshold,
    trainedOn,
  };
}

/** The classifier's log-odds for normalised text (rules and signals not included). */
export function classifierLogit(model: InjectionModel, normalisedText: string): number {
  const index = indexFeatures(normalisedText);
  return windowLogit(index, 0, normalisedText.length, model);
}

/**
 * The classifier's log-odds for `index.text[start, end)`, reusing the hashes of the whole text:
 * equal to `classifierLogit(model, index.text.slice(start, end))`.
 */
export function windowClassifierLogit(model: InjectionModel, index: FeatureIndex, start: number, end: number): number {
  return windowLogit(index, start, end, model);
}
