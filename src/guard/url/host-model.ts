import { z } from 'zod';
import { fnv1a } from '../fnv1a.ts';
import { packInt8, unpackInt8 } from '../int8-weights.ts';
import { FREE_HOSTS } from './domains.ts';
import { registrableDomain, suffixIn } from './registrable-domain.ts';

/**
 * A small learned model of phishing host names: logistic regression over hashed character
 * 3–5-grams of the host and of its registrable label, plus coarse shape tokens (length, hyphens,
 * digits, label depth, TLD, free-hosting platform). Trained by `scripts/train-phishing.ts` on a
 * fixed split of the phishing list and the benign list; the committed file is
 * `src/guard/data/phishing-model.json`. It only ever adds a sign to `assessUrl`, with its reason.
 */
export const HOST_FEATURE_BITS = 16;
const MASK = (1 << HOST_FEATURE_BITS) - 1;
const hostHash = (value: string, seed: number): number => fnv1a(value, seed) & MASK;

const bucket = (n: number, edges: readonly number[]) => {
  let i = 0;
  while (i < edges.length && n >= (edges[i] ?? 0)) i++;
  return i;
};

/** Distinct hashed features of a lower-case host name. */
export function hostFeatures(host: string): Uint32Array {
  const set = new Set<number>();
  const registrable = registrableDomain(host);
  const label = registrable.split('.')[0] ?? registrable;
  const labels = host.split('.');
  const tld = labels[labels.length - 1] ?? '';
  const padded = `^${host}$`;
  for (let n = 3; n <= 5; n++)
    for (let i = 0; i + n <= padded.length; i++) set.add(hostHash(padded.slice(i, i + n), n));
  const paddedLabel = `^${label}$`;
  for (let n = 2; n <= 4; n++) {
    for (let i = 0; i + n <= paddedLabel.length; i++) set.add(hostHash(paddedLabel.slice(i, i + n), 10 + n));
  }
  const digits = (label.match(/\d/g) ?? []).length;
  const shape = [
    `tld=${tld}`,
    `suffix=${registrable.slice(label.length + 1)}`,
    `free=${suffixIn(host, FREE_HOSTS) ?? '-'}`,
    `labels=${Math.min(labels.length, 6)}`,
    `len=${bucket(label.length, [4, 6, 8, 11, 15, 20, 30])}`,
    `hostlen=${bucket(host.length, [10, 15, 20, 30, 45, 60])}`,
    `hyphens=${Math.min((host.match(/-/g) ?? []).length, 4)}`,
    `digits=${bucket(digits, [1, 2, 4, 7])}`,
    `vowels=${bucket((label.match(/[aeiou]/g) ?? []).length / Math.max(1, label.length), [0.15, 0.25, 0.35, 0.45])}`,
  ];
  for (const token of shape) set.add(hostHash(token, 30));
  return Uint32Array.from(set);
}

export const hostModelSchema = z.object({
  version: z.literal(1),
  bits: z.literal(HOST_FEATURE_BITS),
  bias: z.number(),
  scale: z.number().positive(),
  /** base64 of 2^bits signed bytes. */
  weights: z.string(),
  /** Probability at or above which the model's strong sign (+2) is added (chosen on a validation fold). */
  threshold: z.number().min(0).max(1),
  /** Probability at or above which a weak sign (+1) is added: it flags a host only with another sign. */
  weakThreshold: z.number().min(0).max(1),
  trainedOn: z.object({ phishing: z.number().int(), benign: z.number().int(), split: z.string() }),
});

export type HostModelFile = z.infer<typeof hostModelSchema>;

export interface HostModel {
  bias: number;
  weights: Float32Array;
  threshold: number;
  weakThreshold: number;
}

/** Validates and unpacks a model file. Throws on a malformed file. */
export function loadHostModel(raw: unknown): HostModel {
  const file = hostModelSchema.parse(raw);
  const weights = unpackInt8(file.weights, file.scale, 1 << file.bits, 'phishing model');
  return { bias: file.bias, weights, threshold: file.threshold, weakThreshold: file.weakThreshold };
}

/** Packs trained float weights into the committed file format (int8 with one scale). */
export function packHostModel(model: HostModel, trainedOn: HostModelFile['trainedOn']): HostModelFile {
  const { scale, weights } = packInt8(model.weights);
  return {
    version: 1,
    bits: HOST_FEATURE_BITS,
    bias: model.bias,
    scale,
    weights,
    threshold: model.threshold,
    weakThreshold: model.weakThreshold,
    trainedOn,
  };
}

/** Probability (0..1) that a lower-case host name is a phishing host, by the learned model. */
export function hostPhishingProbability(model: HostModel, host: string): number {
  let sum = model.bias;
  for (const i of hostFeatures(host)) sum += model.weights[i] ?? 0;
  return 1 / (1 + Math.exp(-sum));
}
