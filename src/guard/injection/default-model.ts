import { readFileSync } from 'node:fs';
import { type InjectionModel, loadInjectionModel } from './model.ts';

let cached: InjectionModel | undefined;

/**
 * The committed model (src/guard/data/injection-model.json), read and validated once on first use.
 * Read at run time rather than imported, so `npm run train:guard` can rebuild it from scratch.
 */
export function defaultInjectionModel(): InjectionModel {
  cached ??= loadInjectionModel(
    JSON.parse(readFileSync(new URL('../data/injection-model.json', import.meta.url), 'utf8')) as unknown,
  );
  return cached;
}
