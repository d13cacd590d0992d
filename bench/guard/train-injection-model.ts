/**
 * Fits the injection classifier on a set of samples: logistic regression over hashed n-grams and
 * concept features, plus one learned weight per explainable rule and one for obfuscation signals,
 * fitted with AdaGrad and class-balanced weights. The threshold is chosen on a validation fold of
 * the given samples as the lowest that keeps false positives on benign messages (not documents) at
 * or under 0.5 % in every language; the model is then refitted on all of them. Deterministic.
 *
 * Used by `npm run train:guard` (the committed model) and by bench:guard's leave-one-out rows,
 * which train on all but one family or language and test on the one left out.
 */
import { seededShuffler } from '../../scripts/seeded-shuffle.ts';
import {
  CONCEPT_FEATURES,
  detectInjection,
  extractFeatures,
  FEATURE_BITS,
  INJECTION_RULES,
  type InjectionModel,
  lineWindows,
  loadInjectionModel,
  matchRules,
  normalise,
  packInjectionModel,
} from '../../src/guard/index.ts';
import { isValidationGroup, type Sample } from './injection-corpus.ts';

interface Row {
  indices: Uint32Array;
  value: number;
  concepts: Uint16Array;
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
    // Benign text is scored window by window and line by line at run time: train on those too.
    if (s.label === 0 && text.length > 400) for (let i = 0; i < text.length; i += 200) push(text.slice(i, i + 400));
    if (s.label === 0 && text.length <= 400) for (const [start, end] of lineWindows(text)) push(text.slice(start, end));
  }
  return rows;
}

function fitModel(rows: Row[], epochs = 12): InjectionModel {
  const weights = new Float32Array(1 << FEATURE_BITS);
  const g2 = new Float32Array(weights.length).fill(1e-8);
  const conceptWeights = new Float32Array(CONCEPT_FEATURES);
  const conceptG2 = new Float32Array(CONCEPT_FEATURES).fill(1e-8);
  const ruleWeights: Record<string, number> = Object.fromEntries(INJECTION_RULES.map((r) => [r.id, r.weight]));
  const ruleFloor: Record<string, number> = Object.fromEntries(INJECTION_RULES.map((r) => [r.id, r.weight]));
  const ruleG2: Record<string, number> = Object.fromEntries(INJECTION_RULES.map((r) => [r.id, 1e-8]));
  let bias = 0;
  let biasG2 = 1e-8;
  let signalWeight = 0.5;
  let signalG2 = 1e-8;
  const lr = 0.3;
  const l2 = 1e-5;
  // Concept features are few and always worth 1: a stronger pull to zero keeps one of them from
  // deciding alone what many n-grams disagree with.
  const conceptL2 = 1e-3;
  const conceptLr = 0.1;
  const shuffle = seededShuffler(42);
  const order = rows.map((_, i) => i);
  for (let epoch = 0; epoch < epochs; epoch++) {
    shuffle(order);
    for (const k of order) {
      const row = rows[k];
      if (!row) continue;
      let logit = bias + row.signals * signalWeight;
      for (const i of row.indices) logit += (weights[i] ?? 0) * row.value;
      for (const c of row.concepts) logit += conceptWeights[c] ?? 0;
      for (const r of row.rules) logit += ruleWeights[r] ?? 0;
      const p = 1 / (1 + Math.exp(-logit));
      const g = (p - row.y) * row.weight;
      for (const i of row.indices) {
        const grad = g * row.value + l2 * (weights[i] ?? 0);
        g2[i] = (g2[i] ?? 0) + grad * grad;
        weights[i] = (weights[i] ?? 0) - (lr * grad) / Math.sqrt(g2[i] ?? 1);
      }
      for (const c of row.concepts) {
        const grad = g + conceptL2 * (conceptWeights[c] ?? 0);
        conceptG2[c] = (conceptG2[c] ?? 0) + grad * grad;
        conceptWeights[c] = (conceptWeights[c] ?? 0) - (conceptLr * grad) / Math.sqrt(conceptG2[c] ?? 1);
      }
      for (const r of row.rules) {
        ruleG2[r] = (ruleG2[r] ?? 0) + g * g;
        // A rule is knowledge written from the attack families, not learned from the samples: training
        // may strengthen it but never weaken it below its declared weight (so a family no sample showed
        // is still caught by its rule), and never turn it against an injection.
        ruleWeights[r] = Math.max(ruleFloor[r] ?? 0.5, (ruleWeights[r] ?? 0) - (lr * g) / Math.sqrt(ruleG2[r] ?? 1));
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
  return { bias, weights, conceptWeights, ruleWeights, signalWeight, threshold: 0.5 };
}

/** Benign messages a threshold must spare: everything benign but FAQ answers and other documents. */
export const isBenignMessage = (s: Sample) => s.label === 0 && s.category !== 'document';

/**
 * The lowest threshold keeping false positives on the validation fold's benign messages at or under
 * 0.5 % overall and 1 % in each language with at least 200 of them (one message of a language with
 * 38 would be 2.6 %: such a language counts in the overall rate only).
 */
function chooseThreshold(model: InjectionModel, samples: Sample[]): number {
  const benign = samples
    .filter(isBenignMessage)
    .map((s) => ({ lang: s.lang, score: detectInjection(model, s.text, { threshold: 2 }).score }));
  const langs = [...new Set(benign.map((x) => x.lang))];
  const rate = (list: typeof benign, t: number) => list.filter((x) => x.score >= t).length / list.length;
  for (let t = 0.3; t < 0.95; t += 0.01) {
    const overall = benign.length === 0 || rate(benign, t) <= 0.005;
    const perLang = langs.every((lang) => {
      const mine = benign.filter((x) => x.lang === lang);
      return mine.length < 200 || rate(mine, t) <= 0.01;
    });
    if (overall && perLang) return Math.round(t * 100) / 100;
  }
  return 0.95;
}

/** A model trained on `samples` (threshold from their validation fold), as it would be committed. */
export function trainInjectionModel(samples: Sample[]): InjectionModel {
  const fitted = fitModel(rowsOf(samples.filter((s) => !isValidationGroup(s.group))));
  const quantised = (m: InjectionModel) =>
    loadInjectionModel(packInjectionModel(m, { examples: 0, positives: 0, sources: [] }));
  const threshold = chooseThreshold(
    quantised(fitted),
    samples.filter((s) => isValidationGroup(s.group)),
  );
  return quantised({ ...fitModel(rowsOf(samples)), threshold });
}
