/**
 * Trains the injection classifier and writes src/guard/data/injection-model.json.
 * Run with `npm run train:guard`. Reads ../shared/data (or LIONROCK_DATA) and the guard corpus
 * (src/guard/corpus); deterministic. The fitting itself is bench/guard/train-injection-model.ts.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { requireDataDir } from '../bench/guard/data-dir.ts';
import { isTestGroup, loadInjectionCorpus } from '../bench/guard/injection-corpus.ts';
import { trainInjectionModel } from '../bench/guard/train-injection-model.ts';
import { packInjectionModel } from '../src/guard/index.ts';

const repoRoot = resolve(import.meta.dirname, '..');
const corpus = loadInjectionCorpus(requireDataDir(), repoRoot);
const train = corpus.filter((s) => !isTestGroup(s.group));

const started = Date.now();
const model = trainInjectionModel(train);
const file = packInjectionModel(model, {
  examples: train.length,
  positives: train.filter((s) => s.label === 1).length,
  sources: [...new Set(train.map((s) => s.source))].sort(),
});
writeFileSync(resolve(repoRoot, 'src/guard/data/injection-model.json'), `${JSON.stringify(file)}\n`);
process.stdout.write(
  `trained on ${train.length} samples (${file.trainedOn.positives} attacks; ${corpus.length - train.length} held out), ` +
    `threshold ${model.threshold}, ${((Date.now() - started) / 1000).toFixed(1)} s\n`,
);
