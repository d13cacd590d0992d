import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { z } from 'zod';

const platformModelSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  /** The committed weights, relative to data/: the guard reads them from the same file. */
  file: z.string().min(1),
  trainedBy: z.string().min(1),
  approach: z.enum(['supervised', 'unsupervised', 'reinforcement-learning', 'semi-supervised', 'self-supervised']),
  task: z.string().min(1),
  architectureFamily: z.string().min(1),
  modelArchitecture: z.string().min(1),
  input: z.string().min(1),
  output: z.string().min(1),
  useCase: z.string().min(1),
  limitation: z.string().min(1),
});

/** One of LionRock's own models (the guard's), with the SHA-256 of its committed weights. */
export type PlatformModel = z.infer<typeof platformModelSchema> & { sha256: string };

const DATA = new URL('./data/', import.meta.url);
let loaded: PlatformModel[] | undefined;

/**
 * LionRock's own machine-learning models (data/platform-models.json): every bot's guard runs them,
 * so every application's AI bill of materials lists them. Read and hashed once per process; a file
 * that is missing or a description that does not validate fails at the first BOM, naming it.
 */
export function platformModels(): PlatformModel[] {
  if (loaded) return loaded;
  const parsed = z
    .object({ models: z.array(platformModelSchema) })
    .parse(JSON.parse(readFileSync(new URL('platform-models.json', DATA), 'utf8')));
  loaded = parsed.models.map((model) => ({
    ...model,
    sha256: createHash('sha256')
      .update(readFileSync(new URL(model.file, DATA)))
      .digest('hex'),
  }));
  return loaded;
}
