import { readFileSync } from 'node:fs';
import { type HostModel, loadHostModel } from './host-model.ts';

let cached: HostModel | undefined;

/** The committed phishing-host model (src/guard/data/phishing-model.json), read and validated once. */
export function defaultHostModel(): HostModel {
  cached ??= loadHostModel(
    JSON.parse(readFileSync(new URL('../data/phishing-model.json', import.meta.url), 'utf8')) as unknown,
  );
  return cached;
}
