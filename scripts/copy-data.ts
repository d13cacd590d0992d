/**
 * Completes `dist/` after `tsc`: modules read data files (models, word lists, demo FAQs) next to
 * their own source at run time, and the browser widget is bundled by esbuild from its TypeScript
 * source on first request. Copies every non-TypeScript file under `src/` (tests excepted) and the
 * widget's sources. Part of `npm run build`.
 */
import { cpSync, readdirSync } from 'node:fs';
import { extname, relative, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const src = resolve(root, 'src');
const dist = resolve(root, 'dist');
const widget = resolve(src, 'web', 'widget');
let copied = 0;

function walk(folder: string): void {
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = resolve(folder, entry.name);
    if (entry.isDirectory()) {
      walk(path);
      continue;
    }
    const isWidgetSource = path.startsWith(widget) && !entry.name.endsWith('.test.ts');
    if (extname(entry.name) === '.ts' && !isWidgetSource) continue;
    cpSync(path, resolve(dist, relative(src, path)));
    copied++;
  }
}

walk(src);
process.stdout.write(`copied ${copied} data and widget file(s) into dist/\n`);
