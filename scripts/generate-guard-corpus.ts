/**
 * `npm run corpus:guard -- [--seed N] [--variants N]`: expands the guard corpus
 * (src/guard/corpus/attacks/*.json and benign/*.json) into JSON lines on standard output, one
 * sample each, the same lines for the same files and seed. Training and bench:guard generate the
 * same samples in process (seed 14); this prints them for review or for other tools.
 */
import { parseArgs } from 'node:util';
import { generateCorpus, loadCorpusFiles } from '../src/guard/corpus/index.ts';

const { values } = parseArgs({
  options: { seed: { type: 'string', default: '14' }, variants: { type: 'string', default: '3' } },
});
const seed = Number(values.seed);
const variantsPerTemplate = Number(values.variants);
if (!Number.isInteger(seed) || !Number.isInteger(variantsPerTemplate) || variantsPerTemplate < 1) {
  process.stderr.write('--seed and --variants must be whole numbers (--variants at least 1)\n');
  process.exit(2);
}
for (const sample of generateCorpus(loadCorpusFiles(), { seed, variantsPerTemplate })) {
  process.stdout.write(`${JSON.stringify(sample)}\n`);
}
