import { readdirSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * A feature's stylesheet arrives with its page's code, so a class it defines is styled only once
 * that page has been opened: a class another feature's page uses would look different depending on
 * where the officer went before (the governance page's buttons ran together until the bots page had
 * been opened). Shared classes belong in styles.css or a shared component's stylesheet.
 */
const root = fileURLToPath(new URL('.', import.meta.url));
const files = (suffix: string) =>
  Object.fromEntries(
    readdirSync(root, { recursive: true, encoding: 'utf8' })
      .filter((path) => path.endsWith(suffix) && !path.endsWith(`.test${suffix}`))
      .map((path) => [`./${path.split(sep).join('/')}`, readFileSync(join(root, path), 'utf8')]),
  );
const stylesheets = files('.css');
const sources = files('.tsx');

/** `features/bots/…` → `bots`; anything outside a feature is shared. */
const featureOf = (path: string) => /^\.\/features\/([^/]+)\//.exec(path)?.[1] ?? 'shared';

/**
 * The classes a stylesheet styles on their own: each selector's first class (`.bot-form .field`
 * styles a field inside the bot form, which is the bots feature's own business).
 */
const definedIn = (css: string) =>
  new Set(
    [...css.replace(/\/\*[\s\S]*?\*\//g, '').matchAll(/([^{}]+)\{[^{}]*\}/g)].flatMap(([, selectors = '']) =>
      selectors.split(',').flatMap((selector) => /\.([a-zA-Z][\w-]*)/.exec(selector)?.[1] ?? []),
    ),
  );

/** The fixed class names a component writes (`className="a b"`, and the fixed parts of a template). */
const usedIn = (tsx: string) =>
  [...tsx.matchAll(/className=(?:"([^"]*)"|\{`([^`]*)`\})/g)].flatMap(([, plain, template]) =>
    (plain ?? (template ?? '').replace(/\$\{[^}]*\}/g, ' ')).split(/\s+/).filter(Boolean),
  );

const definers = new Map<string, Set<string>>();
for (const [path, css] of Object.entries(stylesheets)) {
  for (const name of definedIn(css)) {
    definers.set(name, (definers.get(name) ?? new Set()).add(featureOf(path)));
  }
}

describe('feature stylesheets', () => {
  it('are read', () => {
    expect(Object.keys(stylesheets).length).toBeGreaterThan(5);
    expect(definers.get('button-row')).toBeDefined();
  });

  it('style only their own feature: a class used elsewhere is shared', () => {
    const strays = Object.entries(sources).flatMap(([path, tsx]) => {
      const feature = featureOf(path);
      return usedIn(tsx).flatMap((name) => {
        const by = definers.get(name);
        return by && !by.has('shared') && !by.has(feature) ? [`${path}: .${name} (in ${[...by].join(', ')})`] : [];
      });
    });
    expect([...new Set(strays)]).toEqual([]);
  });

  it('define a class in one feature at most: two definitions would apply in the order the pages were opened', () => {
    const twice = [...definers].filter(([, by]) => [...by].filter((feature) => feature !== 'shared').length > 1);
    expect(twice.map(([name, by]) => `.${name}: ${[...by].join(', ')}`)).toEqual([]);
  });
});
