/**
 * `npm run bench:guard`: the guard benchmark (issue #4). Prints one table and writes
 * bench/results/guard.md and guard.json. Reads ../shared/data (exits 2 when missing).
 * Peers run in the same process on the same inputs: @andersmyrmel/vard (injection),
 * @openredaction/openredaction and redact-pii (personal data).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import vard from '@andersmyrmel/vard';
import { OpenRedaction } from '@openredaction/openredaction';
import { SyncRedactor } from 'redact-pii';
import {
  type AssessUrlOptions,
  assessUrl,
  DEFAULT_POLICY,
  defaultInjectionModel,
  detectInjection,
  detectPii,
  type PiiType,
  scanText,
} from '../../src/guard/index.ts';
import { requireDataDir } from './data-dir.ts';
import { dilutedAttacks, PLACEMENTS, questionPairs } from './diluted.ts';
import { passageSets } from './passages.ts';
import { hkPiiSet } from './hk-pii-set.ts';
import { BENIGN_KINDS, CARRIERS, SURFACE_FORMS } from '../../src/guard/corpus/index.ts';
import { type HeldOutResult, heldOutByFamily, leaveOneFamilyOut, leaveOneLanguageOut } from './generalisation.ts';
import { isTestGroup, loadInjectionCorpus, type Sample } from './injection-corpus.ts';
import { isBenignMessage } from './train-injection-model.ts';
import { isPhishingTestEntry, phishingLists } from './phishing-split.ts';
import {
  add,
  balancedAccuracy,
  type Counts,
  emptyCounts,
  fBeta,
  fmt,
  fpr,
  percentile,
  precision,
  recall,
} from './metrics.ts';

const dataDir = requireDataDir();
const repoRoot = resolve(import.meta.dirname, '../..');
const rows: string[][] = [];
const json: Record<string, unknown> = { date: new Date().toISOString(), node: process.version };
const row = (...cells: (string | number)[]) => rows.push(cells.map(String));

// ── Injection ──────────────────────────────────────────────────────────────
const model = defaultInjectionModel();
const corpus = loadInjectionCorpus(dataDir, repoRoot);
const test = corpus.filter((s) => isTestGroup(s.group));
const scored = test.map((s) => {
  const verdict = detectInjection(model, s.text);
  return { s, score: verdict.score, flagged: verdict.flagged, vard: !vard.safe(s.text).safe };
});
/** The committed model's verdict on each held-out sample, computed once above. */
const flaggedInTest = new Map(scored.map((x) => [x.s, x.flagged]));
const isFlaggedInTest = (s: Sample) => flaggedInTest.get(s) ?? detectInjection(model, s.text).flagged;
const isQuestion = (s: Sample) => s.label === 0 && s.category !== 'document';
const counts = (filter: (s: Sample) => boolean, peer = false): Counts => {
  const c = emptyCounts();
  for (const x of scored) if (filter(x.s)) add(c, x.s.label === 1, peer ? x.vard : x.score >= model.threshold);
  return c;
};
const benignScores = scored
  .filter((x) => isQuestion(x.s))
  .map((x) => x.score)
  .sort((a, b) => a - b);
const at1 = percentile(benignScores, 99);
const attacks = scored.filter((x) => x.s.label === 1);
const tprAt1 = attacks.filter((x) => x.score > at1).length / attacks.length;
const all = counts(() => true);
const allVard = counts(() => true, true);
row('injection', 'all (held-out)', 'balanced accuracy', fmt(balancedAccuracy(all)), fmt(balancedAccuracy(allVard)));
row('injection', 'all', 'TPR at 1% FPR on citizen questions', fmt(tprAt1), '–');
row(
  'injection',
  'all',
  'FPR on FAQ answers (documents)',
  fmt(fpr(counts((s) => s.category === 'document' || s.label === 1))),
  fmt(fpr(counts((s) => s.category === 'document' || s.label === 1, true))),
);
const injectionJson: Record<string, unknown> = {
  threshold: model.threshold,
  balancedAccuracy: balancedAccuracy(all),
  tprAt1,
  test: test.length,
};
for (const lang of ['en', 'zh-Hans', 'zh-Hant', 'yue'] as const) {
  const c = counts((s) => s.lang === lang && (s.label === 1 || isQuestion(s)));
  const v = counts((s) => s.lang === lang && (s.label === 1 || isQuestion(s)), true);
  row(
    'injection',
    lang,
    `BA / P / R / FPR (n=${c.tp + c.fn}+${c.fp + c.tn})`,
    `${fmt(balancedAccuracy(c))} / ${fmt(precision(c))} / ${fmt(recall(c))} / ${fmt(fpr(c), 4)}`,
    `${fmt(balancedAccuracy(v))} / ${fmt(precision(v))} / ${fmt(recall(v))} / ${fmt(fpr(v), 4)}`,
  );
  injectionJson[lang] = {
    ...c,
    balancedAccuracy: balancedAccuracy(c),
    vard: { ...v, balancedAccuracy: balancedAccuracy(v) },
  };
}
for (const category of ['direct', 'indirect', 'jailbreak'] as const) {
  const c = counts((s) => s.category === category);
  const v = counts((s) => s.category === category, true);
  row('injection', category, `recall (n=${c.tp + c.fn})`, fmt(recall(c)), fmt(recall(v)));
  injectionJson[category] = { recall: recall(c), vardRecall: recall(v) };
}
json.injection = injectionJson;

// ── Injection on what it never saw (issue 14): the guard corpus by family, kind and language ──
const isCitizenQuestion = (s: Sample) =>
  s.label === 0 && (s.category === 'question' || s.corpus?.family === 'question');
const injectionFlagged = (list: Sample[]) => list.filter(isFlaggedInTest).length;
const generalisationJson: Record<string, unknown> = {};
for (const r of heldOutByFamily(isFlaggedInTest, corpus)) {
  row(
    'injection family',
    `${r.name} (held-out split)`,
    `BA / recall (n=${r.attacks})`,
    `${fmt(r.balancedAccuracy)} / ${fmt(r.recall)}`,
    '–',
  );
}
for (const [name, filter] of [
  ['citizen questions', isCitizenQuestion],
  ['citizen statements', (s: Sample) => s.label === 0 && s.corpus?.family === 'statement'],
  ['all benign messages', isBenignMessage],
] as const) {
  const list = test.filter(filter);
  const fp = injectionFlagged(list);
  row(
    'injection benign',
    `${name} (held-out split)`,
    `flagged of ${list.length}`,
    `${fp} (${fmt(fp / list.length, 4)})`,
    '–',
  );
  generalisationJson[name] = { n: list.length, flagged: fp };
}
for (const kind of BENIGN_KINDS) {
  const list = test.filter((s) => s.label === 0 && s.corpus?.family === kind);
  const fp = injectionFlagged(list);
  row('injection benign', `${kind} (held-out split)`, `flagged of ${list.length}`, `${fp}`, '–');
  generalisationJson[`benign:${kind}`] = { n: list.length, flagged: fp };
}
for (const [axis, values] of [
  ['carrier', CARRIERS],
  ['surface', SURFACE_FORMS],
] as const) {
  for (const value of values) {
    const list = test.filter((s) => s.label === 1 && s.corpus?.[axis] === value);
    const caught = injectionFlagged(list);
    row(
      'injection attacks',
      `${axis} ${value} (held-out split)`,
      `recall (n=${list.length})`,
      fmt(caught / list.length),
      '–',
    );
  }
}
// Attacks among ordinary words on the same line (bench/guard/diluted.ts), beside vard.
const diluted = dilutedAttacks(test);
const dilutedJson: Record<string, unknown> = {};
for (const placement of PLACEMENTS) {
  const list = diluted.filter((d) => d.placement === placement);
  const caught = list.filter((d) => detectInjection(model, d.text).flagged).length;
  const vardCaught = list.filter((d) => !vard.safe(d.text).safe).length;
  row(
    'injection diluted',
    `held-out attack, ${placement}`,
    `recall (n=${list.length})`,
    fmt(caught / list.length),
    fmt(vardCaught / list.length),
  );
  dilutedJson[placement] = { n: list.length, recall: caught / list.length, vardRecall: vardCaught / list.length };
}
const pairs = questionPairs(test, 3000);
const pairsFlagged = pairs.filter((text) => detectInjection(model, text).flagged).length;
const pairsVard = pairs.filter((text) => !vard.safe(text).safe).length;
row(
  'injection diluted',
  'two held-out citizen questions on one line',
  `flagged of ${pairs.length}`,
  `${pairsFlagged} (${fmt(pairsFlagged / pairs.length, 4)})`,
  `${pairsVard} (${fmt(pairsVard / pairs.length, 4)})`,
);
dilutedJson.questionPairs = { n: pairs.length, flagged: pairsFlagged, vardFlagged: pairsVard };
generalisationJson.diluted = dilutedJson;
// Leave-one-out: one model trained per family or language left out (bench/guard/generalisation.ts).
// BENCH_GUARD_LEAVE_OUT=0 skips them (about 17 trainings, a few minutes).
if (process.env.BENCH_GUARD_LEAVE_OUT !== '0') {
  const log = (line: string) => process.stderr.write(`${line}\n`);
  const leftOutRow = (area: string, r: HeldOutResult) =>
    row(
      area,
      r.name,
      `BA / recall (n=${r.attacks}) / FPR (n=${r.benign})`,
      `${fmt(r.balancedAccuracy)} / ${fmt(r.recall)} / ${fmt(r.fpr, 4)}`,
      '–',
    );
  const families = leaveOneFamilyOut(corpus, log);
  for (const r of families) leftOutRow('injection leave-one-family-out', r);
  const mean = families.reduce((sum, r) => sum + r.balancedAccuracy, 0) / families.length;
  const worst = Math.min(...families.map((r) => r.balancedAccuracy));
  row(
    'injection leave-one-family-out',
    'all families',
    'mean BA / worst BA (targets 0.95 / 0.90)',
    `${fmt(mean)} / ${fmt(worst)}`,
    '–',
  );
  const languages = leaveOneLanguageOut(corpus, log);
  for (const r of languages) leftOutRow('injection leave-one-language-out', r);
  generalisationJson.leaveOneFamilyOut = families;
  generalisationJson.leaveOneLanguageOut = languages;
}
json.injectionGeneralisation = generalisationJson;

// ── Injection in approved passages (import findings, the policy's context stage) ──
// LionRock: the passage verdict (a rule or obfuscation sign must back the score); baseline: the
// classifier alone at the context stage's threshold, as before issue 13, and vard.
const contextThreshold = DEFAULT_POLICY.context?.injection?.threshold ?? model.threshold;
const passageJson: Record<string, unknown> = { threshold: contextThreshold };
for (const set of await passageSets(dataDir, repoRoot)) {
  let now = 0;
  let before = 0;
  let peer = 0;
  for (const text of set.texts) {
    if (detectInjection(model, text, { threshold: contextThreshold, requireEvidence: true }).flagged) now += 1;
    if (detectInjection(model, text, { threshold: contextThreshold }).flagged) before += 1;
    if (!vard.safe(text).safe) peer += 1;
  }
  row(
    'injection passages',
    set.name,
    `${set.planted ? 'flagged (recall)' : 'flagged (false positives)'} of ${set.texts.length}`,
    `${now} (${fmt(now / set.texts.length)})`,
    `classifier alone ${before} (${fmt(before / set.texts.length)}); vard ${peer}`,
  );
  passageJson[set.name] = { n: set.texts.length, flagged: now, classifierAlone: before, vard: peer };
}
json.injectionPassages = passageJson;

// ── Personal data: presidio-synth ─────────────────────────────────────────
const PRESIDIO: Record<string, PiiType> = {
  PERSON: 'PERSON',
  PHONE_NUMBER: 'PHONE',
  EMAIL_ADDRESS: 'EMAIL',
  CREDIT_CARD: 'CREDIT_CARD',
  IP_ADDRESS: 'IP_ADDRESS',
  STREET_ADDRESS: 'ADDRESS',
  IBAN_CODE: 'BANK_ACCOUNT',
};
type Presidio = { full_text: string; spans: { entity_type: string; start_position: number; end_position: number }[] };
const presidio = JSON.parse(readFileSync(resolve(dataDir, 'pii/presidio-synth-dataset-v2.json'), 'utf8')) as Presidio[];
const ours = [...new Set(Object.values(PRESIDIO))];
/** The words of the token-level count. */
const TOKEN = /[\p{L}\p{N}]+/gu;
/** Labels the dataset gives a town, region or postcode, inside an address block or alone. */
const PLACE_LABELS = new Set(['GPE', 'ZIP_CODE']);
/**
 * Fixed split: even rows are the development half (the only rows read while improving the
 * detectors), odd rows the reported test half. The table reports the test half.
 *
 * Span level (the table's P / R / F2): a gold span is found when any finding of its type overlaps
 * it, and a finding is false when it overlaps no gold span of its type. Token level (as
 * presidio-research's `Evaluator`): every word is one decision per type, so a span cut short or
 * run long costs its extra or missing words.
 */
const countPresidio = (
  half: 0 | 1,
): { spans: Map<PiiType, Counts>; tokens: Map<PiiType, Counts>; placeNeutral: Map<PiiType, Counts> } => {
  const spans = new Map<PiiType, Counts>();
  const tokens = new Map<PiiType, Counts>();
  const placeNeutral = new Map<PiiType, Counts>();
  for (const t of ours) {
    spans.set(t, emptyCounts());
    tokens.set(t, emptyCounts());
    placeNeutral.set(t, emptyCounts());
  }
  presidio.forEach((sample, i) => {
    if (i % 2 !== half) return;
    const found = detectPii(sample.full_text);
    for (const m of sample.full_text.matchAll(TOKEN)) {
      const [a, b] = [m.index, m.index + m[0].length];
      const gold = sample.spans.filter((g) => g.start_position < b && a < g.end_position);
      const place = gold.some((g) => PLACE_LABELS.has(g.entity_type));
      for (const type of ours) {
        const inGold = gold.some((g) => PRESIDIO[g.entity_type] === type);
        const inPred = found.some((f) => f.type === type && f.start < b && a < f.end);
        add(tokens.get(type) ?? emptyCounts(), inGold, inPred);
        if (!(type === 'ADDRESS' && place && !inGold)) add(placeNeutral.get(type) ?? emptyCounts(), inGold, inPred);
      }
    }
    for (const type of ours) {
      const gold = sample.spans.filter((s) => PRESIDIO[s.entity_type] === type);
      const pred = found.filter((f) => f.type === type);
      const c = spans.get(type) ?? emptyCounts();
      for (const g of gold) {
        if (pred.some((p) => p.start < g.end_position && g.start_position < p.end)) c.tp++;
        else c.fn++;
      }
      for (const p of pred) if (!gold.some((g) => p.start < g.end_position && g.start_position < p.end)) c.fp++;
    }
  });
  return { spans, tokens, placeNeutral };
};
const { spans: perType, tokens: tokenTypes, placeNeutral } = countPresidio(1);
const { spans: devPerType, tokens: devTokenTypes, placeNeutral: devPlaceNeutral } = countPresidio(0);
/** The development half is the word tagger's training data: its figures show fit, not quality. */
const DEV = 'dev half (tagger trained on it)';
const sum = (types: PiiType[], from = perType): Counts => {
  const c = emptyCounts();
  for (const t of types) {
    const x = from.get(t) ?? emptyCounts();
    c.tp += x.tp;
    c.fp += x.fp;
    c.fn += x.fn;
  }
  return c;
};
const PATTERN_TYPES: PiiType[] = ['EMAIL', 'PHONE', 'CREDIT_CARD', 'IP_ADDRESS', 'BANK_ACCOUNT'];
const piiJson: Record<string, unknown> = { presidioSplit: 'test = odd rows (750), dev = even rows (750)' };
for (const [type, c] of perType) {
  row(
    'pii presidio test',
    type,
    `P / R / F2 (n=${c.tp + c.fn})`,
    `${fmt(precision(c))} / ${fmt(recall(c))} / ${fmt(fBeta(c, 2))}`,
    '–',
  );
  piiJson[type] = { ...c, f2: fBeta(c, 2) };
}
row(
  'pii presidio test',
  'pattern types',
  'F2 (email, phone, card, IP, IBAN)',
  fmt(fBeta(sum(PATTERN_TYPES), 2)),
  `${DEV} ${fmt(fBeta(sum(PATTERN_TYPES, devPerType), 2))}`,
);
row(
  'pii presidio test',
  'all mapped types',
  'F2 (incl. PERSON, ADDRESS)',
  fmt(fBeta(sum(ours), 2)),
  `${DEV} ${fmt(fBeta(sum(ours, devPerType), 2))}`,
);
for (const type of ['PERSON', 'ADDRESS'] as const) {
  const c = tokenTypes.get(type) ?? emptyCounts();
  row(
    'pii presidio test',
    `${type} (tokens)`,
    'P / R / F2 per word, as presidio-research',
    `${fmt(precision(c))} / ${fmt(recall(c))} / ${fmt(fBeta(c, 2))}`,
    `${DEV} F2 ${fmt(fBeta(devTokenTypes.get(type) ?? emptyCounts(), 2))}`,
  );
}
// The second count: presidio-research maps STREET_ADDRESS and GPE both to LOCATION; our address takes
// in its town and postcode lines, which the dataset labels sometimes as street address and sometimes
// as GPE or ZIP_CODE. It neither credits nor charges those place words (stricter than LOCATION).
for (const [metric, test, dev] of [
  ['F2 per word, as presidio-research', tokenTypes, devTokenTypes],
  ['same, place words (GPE, ZIP_CODE) not counted for ADDRESS', placeNeutral, devPlaceNeutral],
] as const) {
  row(
    'pii presidio test',
    'all mapped (tokens)',
    metric,
    fmt(fBeta(sum(ours, test), 2)),
    `${DEV} ${fmt(fBeta(sum(ours, dev), 2))}`,
  );
}
piiJson.tokenLevel = {
  perType: Object.fromEntries([...tokenTypes].map(([t, c]) => [t, { ...c, f2: fBeta(c, 2) }])),
  allF2: fBeta(sum(ours, tokenTypes), 2),
  devAllF2: fBeta(sum(ours, devTokenTypes), 2),
  placeWordsNotCountedF2: fBeta(sum(ours, placeNeutral), 2),
};
piiJson.patternF2 = fBeta(sum(PATTERN_TYPES), 2);
piiJson.allF2 = fBeta(sum(ours), 2);
piiJson.dev = { patternF2: fBeta(sum(PATTERN_TYPES, devPerType), 2), allF2: fBeta(sum(ours, devPerType), 2) };

// ── Personal data: Hong Kong set, with peers ──────────────────────────────
const hk = hkPiiSet();
const hkCounts = new Map<PiiType, Counts>();
const openRedaction = new OpenRedaction();
const redactPii = new SyncRedactor();
let orHkid = 0;
let orHarmlessFlags = 0;
let rpRemoved = 0;
let rpAltered = 0;
let oursHarmlessFlags = 0;
let items = 0;
let hkidTotal = 0;
const harmlessLines = hk.filter((l) => l.spans.length === 0).length;
for (const line of hk) {
  const found = detectPii(line.text);
  for (const type of new Set([...line.spans.map((s) => s.type), ...found.map((f) => f.type)])) {
    const c = hkCounts.get(type) ?? emptyCounts();
    const gold = line.spans.filter((s) => s.type === type);
    const pred = found.filter((f) => f.type === type);
    for (const g of gold) {
      if (pred.some((p) => p.value.includes(g.value) || g.value.includes(p.value))) c.tp++;
      else c.fn++;
    }
    for (const p of pred) if (!gold.some((g) => p.value.includes(g.value) || g.value.includes(p.value))) c.fp++;
    hkCounts.set(type, c);
  }
  if (line.spans.length === 0 && found.length > 0) oursHarmlessFlags++;
  const or = (await openRedaction.detect(line.text)) as { detections: { value: string }[] };
  const redacted = redactPii.redact(line.text);
  items += line.spans.length;
  for (const s of line.spans) {
    if (s.type === 'HKID') {
      hkidTotal++;
      if (or.detections.some((d) => d.value.includes(s.value.slice(0, 7)))) orHkid++;
    }
    if (!redacted.includes(s.value)) rpRemoved++;
  }
  if (line.spans.length === 0) {
    if (or.detections.length > 0) orHarmlessFlags++;
    if (redacted !== line.text) rpAltered++;
  }
}
const hkJson: Record<string, unknown> = {};
for (const [type, c] of hkCounts) {
  row(
    'pii HK set',
    type,
    `P / R / F2 (n=${c.tp + c.fn})`,
    `${fmt(precision(c))} / ${fmt(recall(c))} / ${fmt(fBeta(c, 2))}`,
    '–',
  );
  hkJson[type] = { ...c, f2: fBeta(c, 2) };
}
const oursHkid = hkCounts.get('HKID') ?? emptyCounts();
row(
  'pii HK set',
  'HKID',
  'found / wrong-check-digit flagged',
  `${oursHkid.tp} of ${hkidTotal} / ${oursHkid.fp}`,
  `openredaction ${orHkid} of ${hkidTotal}`,
);
row(
  'pii HK set',
  'harmless lines',
  `lines flagged or altered (of ${harmlessLines})`,
  oursHarmlessFlags,
  `openredaction ${orHarmlessFlags}, redact-pii ${rpAltered}`,
);
row('pii HK set', 'all items', `removed by redact-pii (of ${items})`, '–', `redact-pii ${rpRemoved}`);
hkJson.peers = {
  openredaction: { hkidFound: orHkid, hkidTotal, harmlessFlagged: orHarmlessFlags },
  redactPii: { removed: rpRemoved, items, harmlessAltered: rpAltered },
};
piiJson.hk = hkJson;
json.pii = piiJson;

// ── Phishing ──────────────────────────────────────────────────────────────
// The learned host model is trained on 60% of registrable domains (bench/guard/phishing-split.ts):
// detection and false positives are reported on the held-out 40% only. The hand-written signs
// alone (no model) are also reported on the full lists.
const { phishingDomains, phishingLinks, benignDomains } = phishingLists(dataDir, repoRoot);
const heldOut = (list: string[]) => list.filter(isPhishingTestEntry);
const flaggedShare = (list: string[], level: 'suspicious' | 'phishing', options: AssessUrlOptions = {}) =>
  list.filter((u) => {
    const v = assessUrl(u, options).verdict;
    return level === 'suspicious' ? v !== 'safe' : v === 'phishing' || v === 'blocked';
  }).length / list.length;
const testSets = { domains: heldOut(phishingDomains), links: heldOut(phishingLinks), benign: heldOut(benignDomains) };
const phishingJson: Record<string, unknown> = {
  split: 'held-out = fnv(registrable domain) % 5 < 2',
  heldOut: { domains: testSets.domains.length, links: testSets.links.length, benign: testSets.benign.length },
  full: { domains: phishingDomains.length, links: phishingLinks.length, benign: benignDomains.length },
};
for (const level of ['suspicious', 'phishing'] as const) {
  const r = {
    domains: flaggedShare(testSets.domains, level),
    links: flaggedShare(testSets.links, level),
    benignFpr: flaggedShare(testSets.benign, level),
  };
  row(
    'phishing held-out',
    `verdict ≥ ${level}`,
    `domains / links flagged / benign FPR (n=${testSets.domains.length}/${testSets.links.length}/${testSets.benign.length})`,
    `${fmt(r.domains)} / ${fmt(r.links)} / ${fmt(r.benignFpr, 4)}`,
    '–',
  );
  phishingJson[level] = r;
}
const noModel = { hostModel: null };
const signsOnly = {
  domains: flaggedShare(phishingDomains, 'suspicious', noModel),
  links: flaggedShare(phishingLinks, 'suspicious', noModel),
  benignFpr: flaggedShare(benignDomains, 'suspicious', noModel),
};
row(
  'phishing full lists',
  'signs only, ≥ suspicious',
  `domains / links flagged / benign FPR (n=${phishingDomains.length}/${phishingLinks.length}/${benignDomains.length})`,
  `${fmt(signsOnly.domains)} / ${fmt(signsOnly.links)} / ${fmt(signsOnly.benignFpr, 4)}`,
  '–',
);
phishingJson.signsOnlyFullLists = signsOnly;
json.phishing = phishingJson;

// ── Speed: full scan per 1,000 characters, and as a ratio to the personal-data peers ──
// Absolute microseconds vary 4× between machines on the same code (issue 14), so the scan is also
// stated as a ratio to openredaction's detect and redact-pii's redact, timed on the same chunks in
// the same interleaved passes: a slower or busier machine slows all three alike. The peers look
// for personal data only; the full scan also checks injection and links.
const pool = test.map((s) => s.text).join('\n');
const chunks: string[] = [];
for (let i = 0; i + 1000 <= pool.length && chunks.length < 3000; i += 997) chunks.push(pool.slice(i, i + 1000));
const timed = {
  lionrock: (c: string) => scanText(c),
  openredaction: (c: string) => openRedaction.detect(c),
  redactPii: (c: string) => redactPii.redact(c),
};
type Timed = keyof typeof timed;
const TIMED = Object.keys(timed) as Timed[];
for (const c of chunks.slice(0, 300)) for (const name of TIMED) timed[name](c);
// Five interleaved passes; each chunk's time is the median of its five. On a shared machine a
// single pass's p99 mostly measures other processes taking the core; the median keeps what is
// slow in the scan itself. The first pass alone is reported too.
const PASSES = 5;
const perChunk = Object.fromEntries(TIMED.map((name) => [name, chunks.map((): number[] => [])])) as Record<
  Timed,
  number[][]
>;
for (let pass = 0; pass < PASSES; pass++) {
  chunks.forEach((c, i) => {
    for (const name of TIMED) {
      const t0 = performance.now();
      timed[name](c);
      perChunk[name][i]?.push((performance.now() - t0) * 1000);
    }
  });
}
const medians = (name: Timed) =>
  perChunk[name].map((t) => [...t].sort((a, b) => a - b)[Math.floor(PASSES / 2)] ?? 0).sort((a, b) => a - b);
const times = medians('lionrock');
const firstPass = perChunk.lionrock.map((t) => t[0] ?? 0).sort((a, b) => a - b);
row(
  'speed',
  'full scan',
  `µs per 1,000 chars p50 / p99 (n=${times.length}, median of ${PASSES} passes)`,
  `${fmt(percentile(times, 50), 0)} / ${fmt(percentile(times, 99), 0)}`,
  '–',
);
row(
  'speed',
  'full scan',
  'µs per 1,000 chars p50 / p99 (single pass)',
  `${fmt(percentile(firstPass, 50), 0)} / ${fmt(percentile(firstPass, 99), 0)}`,
  '–',
);
const ratios: Record<string, unknown> = {};
for (const [name, label] of [
  ['openredaction', 'openredaction'],
  ['redactPii', 'redact-pii'],
] as const) {
  const peer = medians(name);
  const p50 = percentile(times, 50) / percentile(peer, 50);
  const p99 = percentile(times, 99) / percentile(peer, 99);
  row(
    'speed',
    `full scan ÷ ${label}`,
    'time ratio p50 / p99 (same chunks, same passes)',
    `${fmt(p50, 2)}× / ${fmt(p99, 2)}× ${label}`,
    `${label} µs p50 / p99 ${fmt(percentile(peer, 50), 0)} / ${fmt(percentile(peer, 99), 0)}`,
  );
  ratios[name] = { p50, p99, peerP50: percentile(peer, 50), peerP99: percentile(peer, 99) };
}
json.speed = {
  p50: percentile(times, 50),
  p99: percentile(times, 99),
  singlePass: { p50: percentile(firstPass, 50), p99: percentile(firstPass, 99) },
  ratioToPeers: ratios,
  chunks: times.length,
  passes: PASSES,
  loadAverage: loadavg(),
};

// ── Output ────────────────────────────────────────────────────────────────
const header = ['area', 'slice', 'metric', 'LionRock guard', 'peers (vard for injection)'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`;
const table = [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n');
process.stdout.write(`${table}\n`);
mkdirSync(resolve(repoRoot, 'bench/results'), { recursive: true });
writeFileSync(
  resolve(repoRoot, 'bench/results/guard.md'),
  `# Guard benchmark\n\n\`npm run bench:guard\`, ${json.date}, Node ${process.version}. Injection on the held-out split only ` +
    `(threshold ${model.threshold}); benign = citizen questions (taipei-qa-routing in zh-Hant, its zh-Hans and Cantonese ` +
    `rewrites, covid-queries, our hard negatives). Sources: see docs/guard.md.\n\n${table}\n`,
);
writeFileSync(resolve(repoRoot, 'bench/results/guard.json'), `${JSON.stringify({ ...json, rows }, null, 2)}\n`);
