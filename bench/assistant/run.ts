/**
 * `npm run bench:assistant`: the document assistant's quality and speed, LionRock beside its
 * baselines in the same run. Each task adds its section here; results go to
 * bench/results/assistant.md and .json.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runDraftIssueBench, writeDraftIssueResults } from './draft-issues.ts';
import { requireGlossaryData, runGlossaryBench, writeGlossaryResults } from './glossary.ts';
import { requireMinutesData, runMinutesBench, writeMinutesResults } from './minutes.ts';
import { measureQuality, measureThroughput, summariesMarkdown } from './summaries.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DATA = join(ROOT, '../shared/data');
if (!existsSync(join(DATA, 'summarisation'))) {
  process.stderr.write(
    `bench:assistant needs ${DATA}/summarisation (the shared benchmark data folder); it is missing.\n`,
  );
  process.exit(1);
}

const sections: string[] = [];
const results: Record<string, unknown> = {};

const quality = measureQuality(DATA);
const throughput = measureThroughput(DATA);
sections.push(summariesMarkdown(quality, throughput));
results.summaries = { quality, throughput };

requireMinutesData(DATA);
const minutes = runMinutesBench(DATA);
writeMinutesResults(ROOT, minutes);
sections.push(minutes.markdown);
results.minutes = minutes.results;

requireGlossaryData(DATA);
const glossary = runGlossaryBench(DATA);
writeGlossaryResults(ROOT, glossary);
sections.push(glossary.markdown);
results.glossary = glossary.results;

const drafts = runDraftIssueBench();
writeDraftIssueResults(ROOT, drafts);
sections.push(drafts.markdown);
results.drafts = drafts.rows;

const header = [
  '# bench:assistant',
  '',
  `Run ${new Date().toISOString()} on ${cpus()[0]?.model ?? 'unknown CPU'} (${cpus().length} cores), Node ${process.version}.`,
  '',
].join('\n');
const markdown = `${header}\n${sections.join('\n')}`;
process.stdout.write(markdown);
const out = join(ROOT, 'bench/results');
mkdirSync(out, { recursive: true });
writeFileSync(join(out, 'assistant.md'), markdown);
writeFileSync(join(out, 'assistant.json'), `${JSON.stringify(results, null, 2)}\n`);
