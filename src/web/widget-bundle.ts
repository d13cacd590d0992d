import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { build } from 'esbuild';

/** The widget as served at `/widget.js`: one self-contained script and its ETag. */
export interface WidgetBundle {
  code: string;
  etag: string;
}

let cached: Promise<WidgetBundle> | null = null;

/**
 * Bundles `widget/lionrock-chat.ts` into one classic (IIFE) script, once per process, in memory: a fresh
 * clone serves the widget with no build step and nothing generated is committed. Classic rather than
 * module so the script can find its own URL (`document.currentScript`) and call back to its server.
 *
 * @example const { code } = await widgetBundle();
 */
export function widgetBundle(): Promise<WidgetBundle> {
  cached ??= bundle().catch((error: unknown) => {
    cached = null;
    throw error;
  });
  return cached;
}

async function bundle(): Promise<WidgetBundle> {
  // From source under tsx, or from dist/ after `npm run build` (tsc emits the widget beside this file).
  const source = resolve(import.meta.dirname, 'widget', 'lionrock-chat.ts');
  const entry = existsSync(source) ? source : source.replace(/\.ts$/, '.js');
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: ['chrome100', 'edge100', 'firefox100', 'safari15'],
    minify: true,
    legalComments: 'none',
    charset: 'utf8',
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]?.text ?? '';
  if (!code) throw new Error('esbuild produced no widget bundle');
  return { code, etag: `"${createHash('sha256').update(code).digest('base64url').slice(0, 27)}"` };
}
