/**
 * Trains the personal-data word tagger and writes src/guard/data/pii-tagger-model.json.
 * Run with `npm run train:pii`; `-- --cv` instead reports a two-fold check inside the
 * development half and writes nothing. Reads ../shared/data (or LIONROCK_DATA); deterministic.
 *
 * Data: the development half of presidio-synth-dataset-v2 (even rows; the odd rows are the
 * benchmark's test half and are never read here). Averaged perceptron, greedy left to right with
 * the predicted label of the word before, as at run time. For one text in three the rules' labels
 * are hidden, so the tagger also learns names and addresses from the words themselves rather
 * than only echoing the rules; and each text is also learned in five copies with other names
 * (half of them on no name list), since on the development half's own names the rules were tuned.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { requireDataDir } from '../bench/guard/data-dir.ts';
import { add, emptyCounts, fBeta, fmt, precision, recall } from '../bench/guard/metrics.ts';
import { detectPii } from '../src/guard/index.ts';
import { nameGazetteer } from '../src/guard/pii/name-gazetteer.ts';
import { packTaggerModel } from '../src/guard/pii/tagger-model.ts';
import {
  bestLabel,
  featuresOf,
  scoreLabels,
  TAGGER_BITS,
  TAGGER_LABELS,
  type TaggerLabel,
  type Word,
  weightAt,
  wordsOf,
} from '../src/guard/pii/tagger-features.ts';
import { ADDRESS_GLUE, tagWords } from '../src/guard/pii/token-tagger.ts';
import { seededRandom, seededShuffler } from './seeded-shuffle.ts';

const EPOCHS = 12;
const GOLD: Record<string, TaggerLabel> = { PERSON: 'PERSON', STREET_ADDRESS: 'ADDRESS' };
type Presidio = { full_text: string; spans: { entity_type: string; start_position: number; end_position: number }[] };
interface Example {
  words: Word[];
  gold: TaggerLabel[];
}

const presidio = JSON.parse(
  readFileSync(resolve(requireDataDir(), 'pii/presidio-synth-dataset-v2.json'), 'utf8'),
) as Presidio[];
const development = presidio.filter((_, i) => i % 2 === 0);

/**
 * The dataset labels a town, region or postcode inside an address block sometimes as part of the
 * street address and sometimes apart (GPE, ZIP_CODE). LionRock's address is the whole postal
 * address, so a place glued to an address by punctuation or a line break is taught as address.
 */
function goldLabels(sample: Presidio, words: readonly Word[]): TaggerLabel[] {
  const gold = words.map((w): TaggerLabel => {
    const span = sample.spans.find((g) => GOLD[g.entity_type] && g.start_position < w.end && w.start < g.end_position);
    return span ? (GOLD[span.entity_type] as TaggerLabel) : 'O';
  });
  const place = words.map((w) =>
    sample.spans.some(
      (g) =>
        (g.entity_type === 'GPE' || g.entity_type === 'ZIP_CODE') &&
        g.start_position < w.end &&
        w.start < g.end_position,
    ),
  );
  const glued = (a: number, b: number) =>
    ADDRESS_GLUE.test(sample.full_text.slice((words[a] as Word).end, (words[b] as Word).start));
  for (let pass = 0; pass < 2; pass++) {
    for (let i = 1; i < words.length; i++) {
      if (place[i] && gold[i] === 'O' && gold[i - 1] === 'ADDRESS' && glued(i - 1, i)) gold[i] = 'ADDRESS';
    }
    for (let i = words.length - 2; i >= 0; i--) {
      if (place[i] && gold[i] === 'O' && gold[i + 1] === 'ADDRESS' && glued(i, i + 1)) gold[i] = 'ADDRESS';
    }
  }
  return gold;
}

function example(sample: Presidio): Example {
  const words = wordsOf(sample.full_text, detectPii(sample.full_text, { tagger: false }));
  return { words, gold: goldLabels(sample, words) };
}

function train(examples: Example[]): Float32Array {
  const size = TAGGER_LABELS.length << TAGGER_BITS;
  const weights = new Float32Array(size);
  // Averaging: `totals` holds the sum of updates weighted by when they happened.
  const totals = new Float64Array(size);
  let step = 1;
  const shuffle = seededShuffler(20261122);
  const order = examples.map((_, i) => i);
  const scores = new Float64Array(TAGGER_LABELS.length);
  const update = (features: number[], label: number, delta: number) => {
    for (const f of features) {
      const at = weightAt(f, label);
      weights[at] = (weights[at] ?? 0) + delta;
      totals[at] = (totals[at] ?? 0) + step * delta;
    }
  };
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    shuffle(order);
    for (const [n, index] of order.entries()) {
      const { words, gold } = examples[index] as Example;
      const hideRules = (n + epoch) % 3 === 0;
      let previous: TaggerLabel = 'O';
      for (let i = 0; i < words.length; i++) {
        const features = featuresOf(words, i, previous, hideRules);
        scoreLabels(weights, features, scores);
        const guess = bestLabel(scores);
        const truth = TAGGER_LABELS.indexOf(gold[i] as TaggerLabel);
        if (guess !== truth) {
          update(features, truth, 1);
          update(features, guess, -1);
        }
        previous = TAGGER_LABELS[guess] as TaggerLabel;
        step++;
      }
    }
  }
  for (let i = 0; i < size; i++) weights[i] = (weights[i] ?? 0) - (totals[i] ?? 0) / step;
  return weights;
}

/** Per-word precision, recall and F2 of one label, by the tagger or by the rules alone. */
function f2(examples: Example[], weights: Float32Array, label: TaggerLabel, rulesOnly = false): string {
  const c = emptyCounts();
  for (const { words, gold } of examples) {
    const predicted = rulesOnly ? words.map((w) => (w.rule === label ? label : 'O')) : tagWords(weights, words);
    predicted.forEach((p, i) => {
      add(c, gold[i] === label, p === label);
    });
  }
  return `${label} P ${fmt(precision(c))} R ${fmt(recall(c))} F2 ${fmt(fBeta(c, 2))}`;
}

const givenList = [...nameGazetteer().given];
const surnameList = [...nameGazetteer().surname];

/**
 * A copy of a text with every name replaced by other names from the name lists, keeping each
 * word's case. The rules were written while reading the development half, so on its own names
 * they are surer than on new text; on renamed copies the tagger learns what to do where the
 * rules miss a name, as they do on text never read.
 */
function renamed(sample: Presidio, random: () => number): Presidio {
  const draw = (list: string[]) => list[Math.floor(random() * list.length)] ?? '';
  // Half the names are blends of two listed names (`Mar` + `ssen`), on no list: like names the lists miss.
  const pick = (list: string[]) => {
    const a = draw(list);
    if (random() >= 0.5) return a;
    const b = draw(list);
    return a.slice(0, Math.ceil(a.length / 2)) + b.slice(Math.floor(b.length / 2));
  };
  const recase = (like: string, name: string) =>
    like === like.toLowerCase()
      ? name
      : like === like.toUpperCase() && like.length > 1
        ? name.toUpperCase()
        : name.charAt(0).toUpperCase() + name.slice(1);
  let text = '';
  let at = 0;
  const spans: Presidio['spans'] = [];
  for (const span of [...sample.spans].sort((a, b) => a.start_position - b.start_position)) {
    text += sample.full_text.slice(at, span.start_position);
    const value = sample.full_text.slice(span.start_position, span.end_position);
    const replaced =
      span.entity_type === 'PERSON'
        ? value.replace(/\p{L}[\p{L}'’]*/gu, (word, offset: number) =>
            word.length <= 1 ? word : recase(word, pick(offset === 0 ? givenList : surnameList)),
          )
        : value;
    spans.push({ ...span, start_position: text.length, end_position: text.length + replaced.length });
    text += replaced;
    at = span.end_position;
  }
  return { full_text: text + sample.full_text.slice(at), spans };
}

/** Renamed copies of each development text added to the training data (5 scored best in the two-fold check). */
const COPIES = 5;
const withCopies = (samples: Presidio[], seed: number): Presidio[] => {
  const random = seededRandom(seed);
  return [...samples, ...Array.from({ length: COPIES }, () => samples.map((s) => renamed(s, random))).flat()];
};

if (process.argv.includes('--cv')) {
  for (const fold of [0, 1]) {
    const weights = train(
      withCopies(
        development.filter((_, i) => i % 2 !== fold),
        7,
      ).map(example),
    );
    const held = development.filter((_, i) => i % 2 === fold);
    const heldRenamed = held.map((s) => renamed(s, seededRandom(99 + fold)));
    for (const [name, samples] of [
      ['held out', held],
      ['held out, renamed', heldRenamed],
    ] as const) {
      const examples = samples.map(example);
      for (const label of ['PERSON', 'ADDRESS'] as const) {
        console.log(
          `fold ${fold} ${name}: tagger ${f2(examples, weights, label)} | rules ${f2(examples, weights, label, true)}`,
        );
      }
    }
  }
} else {
  const examples = withCopies(development, 7).map(example);
  const weights = train(examples);
  const file = packTaggerModel(weights, {
    source: `presidio-synth-dataset-v2 development half (even rows) and ${COPIES} renamed copies`,
    texts: examples.length,
    words: examples.reduce((n, e) => n + e.words.length, 0),
    epochs: EPOCHS,
  });
  const out = resolve(import.meta.dirname, '../src/guard/data/pii-tagger-model.json');
  writeFileSync(out, `${JSON.stringify(file)}\n`);
  console.log(`wrote ${out}`);
}
