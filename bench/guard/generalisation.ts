/**
 * What the injection detector makes of attacks it never saw (issue 14): leave-one-family-out
 * (train on every other attack family of the guard corpus, test on the one left out) and
 * leave-one-language-out (train without any sample of one language, test on that language),
 * beside the committed model on the fixed held-out split.
 *
 * A family's balanced accuracy is the mean of its recall and of the true-negative rate on the
 * held-out benign messages (citizen questions and the benign corpus, never documents). The wrapper
 * families are also the generator's surface forms: holding out `translate-wrapper` also holds out
 * every sample in the `translation-wrapper` form, and `decode-wrapper` the `base64` form, so neither
 * is seen through another family.
 */
import { ATTACK_FAMILIES, type AttackFamily, type SurfaceForm } from '../../src/guard/corpus/index.ts';
import { detectInjection, type InjectionModel } from '../../src/guard/index.ts';
import { add, balancedAccuracy, type Counts, emptyCounts, fpr, recall } from './metrics.ts';
import { isTestGroup, type Lang, type Sample } from './injection-corpus.ts';
import { isBenignMessage, trainInjectionModel } from './train-injection-model.ts';

const SAME_AS_SURFACE: Partial<Record<AttackFamily, SurfaceForm>> = {
  'translate-wrapper': 'translation-wrapper',
  'decode-wrapper': 'base64',
};

export interface HeldOutResult {
  name: string;
  /** Attacks tested / caught. */
  attacks: number;
  caught: number;
  recall: number;
  /** False positives over the held-out benign messages. */
  benign: number;
  falsePositives: number;
  fpr: number;
  balancedAccuracy: number;
}

/** A model's verdict on a sample, or verdicts already computed. */
type Flagged = (s: Sample) => boolean;
const verdictsOf =
  (model: InjectionModel): Flagged =>
  (s) =>
    detectInjection(model, s.text).flagged;

function score(name: string, flagged: Flagged, attacks: Sample[], benign: Sample[]): HeldOutResult {
  const c: Counts = emptyCounts();
  for (const s of attacks) add(c, true, flagged(s));
  for (const s of benign) add(c, false, flagged(s));
  return {
    name,
    attacks: attacks.length,
    caught: c.tp,
    recall: recall(c),
    benign: benign.length,
    falsePositives: c.fp,
    fpr: fpr(c),
    balancedAccuracy: balancedAccuracy(c),
  };
}

/** Trains one model per family left out and scores it on that family. Slow: one training each. */
export function leaveOneFamilyOut(corpus: Sample[], log: (line: string) => void = () => {}): HeldOutResult[] {
  const benignTest = corpus.filter((s) => isTestGroup(s.group) && isBenignMessage(s));
  return ATTACK_FAMILIES.map((family) => {
    const surface = SAME_AS_SURFACE[family];
    const heldOut = (s: Sample) =>
      s.corpus?.family === family || (surface !== undefined && s.corpus?.surface === surface);
    const model = trainInjectionModel(corpus.filter((s) => !isTestGroup(s.group) && !heldOut(s)));
    const attacks = corpus.filter((s) => s.label === 1 && s.corpus?.family === family);
    const result = score(family, verdictsOf(model), attacks, benignTest);
    log(`  left out ${family}: BA ${result.balancedAccuracy.toFixed(3)}`);
    return result;
  });
}

/** Trains one model per language left out (every sample of it) and scores it on that language. */
export function leaveOneLanguageOut(corpus: Sample[], log: (line: string) => void = () => {}): HeldOutResult[] {
  const langs: Lang[] = ['yue', 'zh-Hant', 'zh-Hans', 'en', 'mixed'];
  return langs.map((lang) => {
    const model = trainInjectionModel(corpus.filter((s) => !isTestGroup(s.group) && s.lang !== lang));
    const mine = corpus.filter((s) => s.lang === lang);
    const result = score(
      lang,
      verdictsOf(model),
      mine.filter((s) => s.label === 1),
      mine.filter(isBenignMessage),
    );
    log(`  left out ${lang}: BA ${result.balancedAccuracy.toFixed(3)}`);
    return result;
  });
}

/** The committed model's verdicts (computed once by the caller) on the held-out split, per attack family. */
export function heldOutByFamily(flagged: Flagged, corpus: Sample[]): HeldOutResult[] {
  const test = corpus.filter((s) => isTestGroup(s.group));
  const benign = test.filter(isBenignMessage);
  return ATTACK_FAMILIES.map((family) =>
    score(
      family,
      flagged,
      test.filter((s) => s.label === 1 && s.corpus?.family === family),
      benign,
    ),
  );
}
