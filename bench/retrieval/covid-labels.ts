import { evaluateRetrieval, type LabelledQuery, lionrockSystem } from '../../src/retrieval/index.ts';
import { covid, dataRoot, requireData } from './datasets.ts';
import { labelsByText, textKey as key } from './label-sets.ts';

/**
 * `npx tsx bench/retrieval/covid-labels.ts`: what the covid-queries labels allow. The set lists a
 * question once per entry that answers it («Should I wear a mask?» → covid-8, covid-9, covid-10, on
 * consecutive lines), so a ranker that sees only the text cannot rank every label first. Prints:
 * - the best MRR@10 any ranker can reach (each text's labels in the best order, and in a random one);
 * - for (c), the bound for a ranker that honours what it learned: a test question whose exact text was
 *   learned for its twin gets that twin first (the even/odd split sends consecutive twins to opposite
 *   halves), so the true label is second at best;
 * - LionRock's (b) and (c) figures by those categories, and with every label of a text relevant
 *   (any-label MRR@10 and MAP, the measure of the published BERT-FAQ figures).
 */
const root = dataRoot();
requireData(root);
const [cold, learned] = covid(root);
const ordered = (labels: Map<string, number> | undefined): string[] =>
  [...(labels ?? new Map<string, number>())].sort((a, b) => b[1] - a[1]).map(([id]) => id);

function mrrOf(queries: readonly LabelledQuery[], order: (text: string) => readonly string[]): number {
  let sum = 0;
  for (const { query, expected } of queries) {
    const rank = order(key(query)).indexOf(expected) + 1;
    if (rank > 0 && rank <= 10) sum += 1 / rank;
  }
  return sum / queries.length;
}

/** Expected MRR when the labels of a text are put first in a random order. */
function randomTieMrr(queries: readonly LabelledQuery[]): number {
  let sum = 0;
  for (const labels of labelsByText(queries).values()) {
    let expected = 0;
    for (let r = 1; r <= Math.min(10, labels.size); r++) expected += 1 / r;
    for (const count of labels.values()) sum += (count * expected) / labels.size;
  }
  return sum / queries.length;
}

const fixed = (n: number): string => n.toFixed(3);
const all = cold.queries;
const byText = labelsByText(all);
const shared = [...byText.values()].filter((labels) => labels.size > 1);
const lines: string[] = [];
lines.push(
  `covid-queries: ${all.length} queries, ${byText.size} distinct texts; ${shared.length} texts carry 2+ labels ` +
    `(${shared.reduce((n, labels) => n + [...labels.values()].reduce((a, b) => a + b, 0), 0)} queries)`,
);
lines.push(
  `(b) ceiling for any ranker: MRR@10 ${fixed(mrrOf(all, (t) => ordered(byText.get(t))))} (best label order), ` +
    `${fixed(randomTieMrr(all))} (random order among a text's labels)`,
);

const learn = learned.learn ?? [];
const test = learned.queries;
const learnt = labelsByText(learn);
const tested = labelsByText(test);
const counts = { unseen: 0, sameLabel: 0, otherLabel: 0 };
const category = (q: LabelledQuery): keyof typeof counts => {
  const labels = learnt.get(key(q.query));
  if (labels === undefined) return 'unseen';
  return labels.has(q.expected) ? 'sameLabel' : 'otherLabel';
};
for (const q of test) counts[category(q)]++;
lines.push(
  `(c) held-out half: ${counts.unseen} queries whose text was never learned, ${counts.sameLabel} learned with the same label, ` +
    `${counts.otherLabel} learned only with a twin's label`,
);
lines.push(
  `(c) ceiling for any ranker: ${fixed(mrrOf(test, (t) => ordered(tested.get(t))))}; for one that ranks what ` +
    `it learned first (everything else perfect): ${fixed(
      mrrOf(test, (t) => {
        const first = ordered(learnt.get(t));
        return [...first, ...ordered(tested.get(t)).filter((id) => !first.includes(id))];
      }),
    )}`,
);

function report(name: string, queries: readonly LabelledQuery[], learnFrom?: readonly LabelledQuery[]): void {
  const result = evaluateRetrieval({
    system: lionrockSystem(),
    entries: cold.entries,
    queries,
    ...(learnFrom ? { learn: learnFrom } : {}),
  });
  const parts: string[] = [`${name}: MRR@10 ${fixed(result.metrics.mrr10)}`];
  if (learnFrom) {
    const by = { unseen: { sum: 0, n: 0 }, sameLabel: { sum: 0, n: 0 }, otherLabel: { sum: 0, n: 0 } };
    result.results.forEach((r, i) => {
      const cell = by[category(queries[i] as LabelledQuery)];
      const rank = r.ranked.indexOf(r.expected) + 1;
      cell.sum += rank > 0 ? 1 / rank : 0;
      cell.n++;
    });
    for (const [k, { sum, n }] of Object.entries(by)) parts.push(`${k} ${fixed(sum / Math.max(1, n))}`);
  }
  let anyLabel = 0;
  for (const r of result.results) {
    const labels = byText.get(key(r.query)) as Map<string, number>;
    const rank = r.ranked.findIndex((id) => labels.has(id)) + 1;
    if (rank > 0) anyLabel += 1 / rank;
  }
  parts.push(`any label relevant: MRR@10 ${fixed(anyLabel / result.results.length)}`);
  lines.push(parts.join(', '));
}
report('LionRock (b) cold', all);
report('LionRock (c) learned', test, learn);

// MAP over distinct texts, all of a text's labels relevant, the full ranking of the 68 entries.
const system = lionrockSystem();
system.index(cold.entries);
let averagePrecision = 0;
for (const [text, labels] of byText) {
  let found = 0;
  let sum = 0;
  system.rank(text, cold.entries.length).forEach((id, i) => {
    if (labels.has(id)) sum += ++found / (i + 1);
  });
  averagePrecision += sum / labels.size;
}
lines.push(
  `LionRock (b) cold, MAP over distinct texts with every label relevant: ${fixed(averagePrecision / byText.size)} ` +
    '(published unsupervised BERT: MAP 0.742)',
);
process.stdout.write(`${lines.join('\n')}\n`);
