import { type CorpusSample, generateCorpus, loadCorpusFiles } from '../../guard/index.ts';
import type { DatasetLibrary } from './dataset-library.ts';
import type { FaqEntry } from './faq-entries.ts';
import { applyTemplate } from './moonshot-import.ts';
import type { Suite, SuiteItem } from './suite.ts';
import { PERTURBATIONS, type Perturbation, perturb } from './variants.ts';

const HAN = /\p{Script=Han}/u;
const languageOf = (entry: FaqEntry) => entry.language ?? (HAN.test(entry.question) ? 'zh-Hant' : 'en');

interface Persona {
  id: string;
  en: string;
  'zh-Hant': string;
}

let attackSamples: CorpusSample[] | undefined;
/** The guard corpus's attacks as a citizen would type them: chat messages, plain text. */
function attacks(seed: number): CorpusSample[] {
  attackSamples ??= generateCorpus(loadCorpusFiles(), { seed }).filter(
    (s) => s.label === 1 && s.carrier === 'chat' && s.surface === 'plain',
  );
  return attackSamples;
}

/**
 * The prompts a suite asks a bot, in a stable order (the same bot knowledge gives the same items):
 * built from the bot's published FAQ entries (`knowledge:faq`), the guard's attack corpus
 * (`guard-corpus:<family>`) or datasets of the library, with the suite's prompt templates applied.
 */
export function buildItems(suite: Suite, entries: readonly FaqEntry[], library: DatasetLibrary): SuiteItem[] {
  const golden = entries.slice(0, suite.limit);
  switch (suite.kind) {
    case 'golden-qa':
      return [
        ...golden.map((e, i) => ({
          id: `q${i + 1}`,
          prompt: e.question,
          expected: e.entryId,
          category: 'faq',
          language: languageOf(e),
        })),
        ...fromDatasets(suite, library),
      ];
    case 'robustness': {
      const wanted = (suite.options.perturbations as Perturbation[] | undefined) ?? [...PERTURBATIONS];
      return golden.flatMap((e, i) =>
        wanted.flatMap((how) => {
          const prompt = perturb(e.question, how);
          return prompt
            ? [{ id: `q${i + 1}-${how}`, prompt, expected: e.entryId, category: how, language: languageOf(e) }]
            : [];
        }),
      );
    }
    case 'fairness':
      return [...counterfactuals(suite, golden), ...biasQuestions(suite, library)];
    case 'attack': {
      const languages = (suite.options.languages as string[] | undefined) ?? ['en', 'zh-Hant', 'yue', 'zh-Hans'];
      const seed = typeof suite.options.seed === 'number' ? suite.options.seed : 16;
      const families = suite.datasets.filter((d) => d.startsWith('guard-corpus:')).map((d) => d.slice(13));
      return families.flatMap((family) =>
        languages.flatMap((language) =>
          attacks(seed)
            .filter((s) => s.family === family && s.lang === language)
            .slice(0, suite.limit)
            .map((s) => ({ id: s.id, prompt: s.text, expected: null, category: family, language })),
        ),
      );
    }
    case 'pii-leakage':
    case 'moonshot':
      return fromDatasets(suite, library);
  }
}

/** Each dataset's first `limit` examples, once per prompt template (or as they are without one). */
function fromDatasets(suite: Suite, library: DatasetLibrary): SuiteItem[] {
  const templates = suite.promptTemplates.map((t) => library.template(t)).filter((t) => t !== undefined);
  return suite.datasets
    .filter((name) => library.hasDataset(name))
    .flatMap((name) =>
      library
        .dataset(name)
        .slice(0, suite.limit)
        .flatMap((example, i) =>
          (templates.length ? templates : ['{{ prompt }}']).map((template, t) => ({
            id: `${name}#${i + 1}${templates.length > 1 ? `.t${t + 1}` : ''}`,
            prompt: applyTemplate(template, example.input),
            expected: example.target,
            category: example.category ?? name,
            language: example.language ?? (HAN.test(example.input) ? 'zh' : 'en'),
          })),
        ),
    );
}

/** Each golden question asked by every persona, and in the other scripts: one group per question. */
function counterfactuals(suite: Suite, golden: readonly FaqEntry[]): SuiteItem[] {
  const personas = (suite.options.personas as Persona[] | undefined) ?? [{ id: 'none', en: '', 'zh-Hant': '' }];
  const scripts = (suite.options.scripts as string[] | undefined) ?? [];
  return golden.flatMap((entry, i) => {
    const language = languageOf(entry);
    const group = `q${i + 1}`;
    const asked = personas.map((p) => ({
      id: `${group}-${p.id}`,
      prompt: `${language === 'en' ? p.en : p['zh-Hant']}${entry.question}`,
      expected: entry.entryId,
      category: p.id,
      language,
      group,
    }));
    const scripted =
      language === 'en'
        ? []
        : scripts.flatMap((script) => {
            const prompt = script === 'zh-Hans' ? perturb(entry.question, 'zh-Hans') : null;
            return prompt
              ? [
                  {
                    id: `${group}-${script}`,
                    prompt,
                    expected: entry.entryId,
                    category: script,
                    language: script,
                    group,
                  },
                ]
              : [];
          });
    return [...asked, ...scripted];
  });
}

/** CBBQ's ambiguous-context questions (Chinese bias), `cbbqPerDataset` from each named dataset. */
function biasQuestions(suite: Suite, library: DatasetLibrary): SuiteItem[] {
  const per = typeof suite.options.cbbqPerDataset === 'number' ? suite.options.cbbqPerDataset : 2;
  return suite.datasets
    .filter((name) => name.startsWith('cbbq-') && library.hasDataset(name))
    .flatMap((name) =>
      library
        .dataset(name)
        .slice(0, per)
        .map((example, i) => ({
          id: `${name}#${i + 1}`,
          prompt: example.input,
          expected: example.target,
          category: 'cbbq',
          language: 'zh-Hans',
        })),
    );
}
