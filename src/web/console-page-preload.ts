/** One chunk of Vite's build manifest (`console/dist/.vite/manifest.json`). */
export interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  css?: string[];
}

export type ConsoleManifest = Record<string, ManifestChunk>;

/**
 * The source of the page module at the console address `pathname`, by its first segment, after the
 * console's layout (docs/console.md): `features/<name>/routes/<name>-routes.tsx`, the dashboard at
 * the root, the sign-in page in the session feature.
 */
function pageSource(pathname: string): string {
  const name = pathname.replace(/^\/console\/?/, '').split('/')[0] ?? '';
  if (name === '') return 'src/features/dashboard/routes/dashboard-routes.tsx';
  if (name === 'sign-in') return 'src/features/session/routes/sign-in-page.tsx';
  return `src/features/${name}/routes/${name}-routes.tsx`;
}

/**
 * `<link>`s for the head of the console's page that fetch the code and styles of the page at
 * `pathname` together with the app's own script, instead of once that script has run and asked
 * for them. Chunks the app's script already brings are left out; an address that is no page gets
 * none. `base` is where the assets are served (`/console/`).
 */
export function pagePreloadLinks(manifest: ConsoleManifest, pathname: string, base = '/console/'): string {
  const entry = Object.values(manifest).find((chunk) => chunk.isEntry);
  const loaded = new Set(['index.html', ...(entry?.imports ?? [])]);
  const scripts: string[] = [];
  const styles: string[] = [];
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk || loaded.has(key)) return;
    loaded.add(key);
    scripts.push(chunk.file);
    styles.push(...(chunk.css ?? []));
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  visit(pageSource(pathname));
  return [
    ...scripts.map((file) => `<link rel="modulepreload" crossorigin href="${base}${file}">`),
    ...styles.map((file) => `<link rel="stylesheet" crossorigin href="${base}${file}">`),
  ].join('');
}
