import { readdirSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import type { MoonshotExample } from './moonshot-import.ts';
import { moonshotTemplateSchema } from './moonshot-import.ts';

const DATA = new URL('./data/', import.meta.url);

const exampleSchema = z.object({ input: z.string().min(1), target: z.string() }).passthrough();
/** A dataset file in Moonshot's shape; LionRock's own add `language` and `category` to an example. */
const datasetFileSchema = z.object({
  name: z.string(),
  description: z.string().optional(),
  license: z.string().optional(),
  reference: z.string().optional(),
  examples: z.array(exampleSchema).min(1),
});

/** An example with what LionRock's own datasets add: the prompt's language and category. */
export interface DatasetExample extends MoonshotExample {
  language?: string;
  category?: string;
}

/**
 * The datasets and prompt templates suites run: LionRock's own (data/datasets/) and Moonshot's as
 * they are (data/moonshot/datasets/). A `.json` file is one dataset named by its file; a `.jsonl`
 * file holds several, each line naming its dataset in `_source_file` (Moonshot's combined form).
 */
export class DatasetLibrary {
  private readonly datasets = new Map<string, DatasetExample[]>();
  private readonly templates = new Map<string, string>();

  constructor(root: URL = DATA) {
    for (const folder of ['datasets/', 'moonshot/datasets/']) this.readDatasets(new URL(folder, root));
    const templates = new URL('moonshot/prompt-templates/', root);
    for (const file of readdirSync(templates).filter((f) => f.endsWith('.json'))) {
      const parsed = moonshotTemplateSchema.parse(JSON.parse(readFileSync(new URL(file, templates), 'utf8')));
      this.templates.set(file.replace(/\.json$/, ''), parsed.template);
    }
  }

  hasDataset(name: string): boolean {
    return this.datasets.has(name);
  }
  hasTemplate(name: string): boolean {
    return this.templates.has(name);
  }
  dataset(name: string): readonly DatasetExample[] {
    return this.datasets.get(name) ?? [];
  }
  template(name: string): string | undefined {
    return this.templates.get(name);
  }

  private readDatasets(folder: URL): void {
    for (const file of readdirSync(folder).sort()) {
      const text = readFileSync(new URL(file, folder), 'utf8');
      if (file.endsWith('.jsonl')) {
        for (const line of text.split('\n')) {
          if (!line.trim()) continue;
          const row = exampleSchema.extend({ _source_file: z.string() }).parse(JSON.parse(line));
          const list = this.datasets.get(row._source_file) ?? [];
          list.push({ input: row.input, target: row.target });
          this.datasets.set(row._source_file, list);
        }
      } else if (file.endsWith('.json')) {
        const parsed = datasetFileSchema.safeParse(JSON.parse(text));
        if (!parsed.success) throw new Error(`${file}: ${parsed.error.message}`);
        this.datasets.set(
          file.replace(/\.json$/, ''),
          parsed.data.examples.map((e) => ({
            input: e.input,
            target: e.target,
            ...(typeof e.language === 'string' ? { language: e.language } : {}),
            ...(typeof e.category === 'string' ? { category: e.category } : {}),
          })),
        );
      }
    }
  }
}
