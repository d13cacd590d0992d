/**
 * Copies every `src/<capability>/data/` folder into `dist/` after `tsc`, because modules read their
 * data files (models, word lists) next to their own source at run time. Part of `npm run build`.
 */
import { cpSync, existsSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
let copied = 0;
for (const entry of readdirSync(resolve(root, 'src'), { withFileTypes: true })) {
  const from = resolve(root, 'src', entry.name, 'data');
  if (!entry.isDirectory() || !existsSync(from)) continue;
  cpSync(from, resolve(root, 'dist', entry.name, 'data'), { recursive: true });
  copied++;
}
process.stdout.write(`copied ${copied} data folder(s) into dist/\n`);
