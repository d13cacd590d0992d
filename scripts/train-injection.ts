/**
 * Trains the injection classifier and writes src/guard/data/injection-model.json.
 * Run with `npm run train:guard`. Reads ../shared/data (or LIONROCK_DATA); deterministic.
 *
 * Logistic regression over hashed n-gram features plus one learned weight per explainable rule
 * and one for obfuscation signals, fitted with AdaGrad and class-balanced weights on the training
 * groups only. The threshold is chosen on a validation fold of the training groups as the lowest
 * that keeps false positives on benign citizen questions at or under 0.5% in every language.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { requireDataDir } from '../bench/guard/data-dir.ts';
import { isTestGroup, isValidationGroup, loadInjectionCorpus, type Sample } from '../bench/guard/injection-corpus.ts';
import {
  detectInjection,
  extractFeatures,
  FEATURE_BITS,
  INJECTION_RULES,
  type InjectionModel,
  loadInjectionModel,
  matchRules,
  normalise,
  packInjectionModel,
} from '../src/guard/index.ts';
import { seededShuffler } from './seeded-shuffle.ts';

const repoRoot = resolve(import.meta.dirname, '..');
const corpus = loadInjectionCorpus(requireDataDir(), repoRoot);
const train = corpus.filter((s) => !isTestGroup(s.group));
const fit = train.filter((s) => !isValidationGroup(s.group));
const validation = train.filter((s) => isValidationGroup(s.group));

interface Row {
  indices: Uint32Array;
  value: number;
  rules: string[];
  signals: number;
  y: 0 | 1;
  weight: number;
}

function rowsOf(samples: Sample[]): Row[] {
  const positives = samples.filter((s) => s.label === 1).length;
  const negatives = samples.length - positives;
  const rows: Row[] = [];
  for (const s of samples) {
    const { text, signals } = normalise(s.text);
    const weight = s.label === 1 ? samples.length / (2 * positives) : samples.length / (2 * negatives);
    const push = (t: string) => {
      const f = extractFeatures(t);
      rows.push({ ...f, rules: matchRules(t).map((h) => h.id), signals: signals.length, y: s.label, weight });
    };
    push(text);
    // Benign documents are scored window by window at run time: train on those windows too.
    if (s.label === 0 && text.length > 400) for (let i = 0; i < text.length; i += 200) push(text.slice(i, i + 400));
  }
  return rows;
}

function trainModel(rows: Row[], epochs = 12): InjectionModel {
  const size = 1 << FEATURE_BITS;
  const weights = new Float32Array(size);
  const g2 = new Float32Array(size).fill(1e-8);
  const ruleWeights: Record<string, number> = Object.fromEntries(INJECTION_RULES.map((r) => [r.id, r.weight / 2]));
  const ruleG2: Record<string, number> = Object.fromEntries(INJECTION_RULES.map((r) => [r.id, 1e-8]));
  let bias = 0;
  let biasG2 = 1e-8;
  let signalWeight = 0.5;
  let signalG2 = 1e-8;
  const lr = 0.3;
  const l2 = 1e-5;
  const shuffle = seededShuffler(42);
  const order = rows.map((_, i) => i);
  for (let epoch = 0; epoch < epochs; epoch++) {
    shuffle(order);
    for (const k of order) {
      const row = rows[k];
      if (!row) continue;
      let logit = bias + row.signals * signalWeight;
      for (const i of row.indices) logit += (weights[i] ?? 0) * row.value;
      for (const r of row.rules) logit += ruleWeights[r] ?? 0;
      const p = 1 / (1 + Math.exp(-logit));
      const g = (p - row.y) * row.weight;
      for (const i of row.indices) {
        const grad = g * row.value + l2 * (weights[i] ?? 0);
        g2[i] = (g2[i] ?? 0) + grad * grad;
        weights[i] = (weights[i] ?? 0) - (lr * grad) / Math.sqrt(g2[i] ?? 1);
      }
      for (const r of row.rules) {
        ruleG2[r] = (ruleG2[r] ?? 0) + g * g;
        // Rules may only ever argue for an injection: a negative weight would hide the reason.
        ruleWeights[r] = Math.max(0.5, (ruleWeights[r] ?? 0) - (lr * g) / Math.sqrt(ruleG2[r] ?? 1));
      }
      if (row.signals > 0) {
        const gs = g * row.signals;
        signalG2 += gs * gs;
        signalWeight = Math.max(0.25, signalWeight - (lr * gs) / Math.sqrt(signalG2));
      }
      biasG2 += g * g;
      bias -= (lr * g) / Math.sqrt(biasG2);
    }
  }
  return { bias, weights, ruleWeights, signalWeight, threshold: 0.5 };
}

function chooseThreshold(model: InjectionModel, samples: Sample[]): number {
  const scored = samples.map((s) => ({ s, score: detectInjection(model, s.text, { threshold: 2 }).score }));
  const langs = ['en', 'zh-Hans', 'zh-Hant', 'yue'] as const;
  for (let t = 0.3; t < 0.95; t += 0.01) {
    const ok = langs.every((lang) => {
      const benign = scored.filter((x) => x.s.label === 0 && x.s.lang === lang && x.s.category !== 'document');
      const fp = benign.filter((x) => x.score >= t).length;
      return benign.length === 0 || fp / benign.length <= 0.005;
    });
    if (ok) return Math.round(t * 100) / 100;
  }
  return 0.95;
}

const started = Date.now();
const fitted = trainModel(rowsOf(fit));
const packed0 = loadInjectionModel(packInjectionModel(fitted, { examples: 0, positives: 0, sources: [] }));
const threshold = chooseThreshold(packed0, validation);
// Refit on every training group (fit + validation) and keep the threshold chosen above.
const final = { ...trainModel(rowsOf(train)), threshold };
const sources = [...new Set(train.map((s) => s.source))].sort();
const file = packInjectionModel(final, {
  examples: train.length,
  positives: train.filter((s) => s.label === 1).length,
  sources,
});
writeFileSync(resolve(repoRoot, 'src/guard/data/injection-model.json'), `${JSON.stringify(file)}\n`);
process.stdout.write(
  `trained on ${train.length} samples (${file.trainedOn.positives} attacks; ${corpus.length - train.length} held out), ` +
    `threshold ${threshold}, ${((Date.now() - started) / 1000).toFixed(1)} s\n`,
);
