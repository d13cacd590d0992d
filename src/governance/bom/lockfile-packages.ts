import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

/** One npm package LionRock ships or builds with, as the lockfile pins it. */
export interface LockedPackage {
  name: string;
  version: string;
  /** `pkg:npm/%40scope/name@1.2.3` (the purl spec percent-encodes the scope's `@`). */
  purl: string;
  /** The lockfile's `integrity` (`sha512-<base64>`), null when it has none. */
  integrity: string | null;
  /** The licence as the package declares it (an SPDX id or expression, or free text), null when it says none. */
  license: string | null;
  /** Needed only to build and test (`dev` in the lockfile), not at run time. */
  dev: boolean;
  optional: boolean;
}

/** LionRock's own software bill of materials: what package-lock.json pins. */
export interface Lockfile {
  name: string;
  version: string;
  /** SHA-256 of the lockfile's bytes: a dependency update changes it. */
  sha256: string;
  /** One entry per name and version (a package nested in several places is one), sorted by name. */
  packages: LockedPackage[];
}

/** The lockfile beside package.json: `src/governance/bom/` and `dist/governance/bom/` are both three levels down. */
export const LOCKFILE = new URL('../../../package-lock.json', import.meta.url);

interface LockEntry {
  name?: string;
  version?: string;
  integrity?: string;
  license?: string;
  dev?: boolean;
  optional?: boolean;
  devOptional?: boolean;
  link?: boolean;
}

/** The package URL of an npm package (https://github.com/package-url/purl-spec, type `npm`). */
export function npmPurl(name: string, version: string): string {
  const encoded = name.startsWith('@') ? `%40${name.slice(1)}` : name;
  return `pkg:npm/${encoded}@${encodeURIComponent(version)}`;
}

/**
 * Reads an npm lockfile (version 2 or 3: its `packages` map) into packages, without the network
 * and without npm. `npm sbom` (npm ≥ 10.1) would do the same from the installed tree, but it needs
 * npm and `node_modules` where LionRock runs; the lockfile is what was pinned and is always shipped.
 *
 * @example const { sha256, packages } = parseLockfile(readFileSync('package-lock.json', 'utf8'))
 */
export function parseLockfile(text: string): Lockfile {
  const json = JSON.parse(text) as {
    name?: string;
    version?: string;
    lockfileVersion?: number;
    packages?: Record<string, LockEntry>;
  };
  if (!json.packages) throw new Error(`lockfile version ${json.lockfileVersion ?? '?'} has no "packages" map`);
  const byKey = new Map<string, LockedPackage>();
  for (const [path, entry] of Object.entries(json.packages)) {
    // The root project is the BOM's subject, not one of its components; links point at a folder.
    if (path === '' || entry.link || !entry.version) continue;
    const name = entry.name ?? path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length);
    const key = `${name}@${entry.version}`;
    const dev = entry.dev === true;
    const optional = entry.optional === true || entry.devOptional === true;
    const known = byKey.get(key);
    if (known) {
      // Needed at run time if any copy is; optional only if every copy is.
      known.dev &&= dev;
      known.optional &&= optional;
      continue;
    }
    byKey.set(key, {
      name,
      version: entry.version,
      purl: npmPurl(name, entry.version),
      integrity: entry.integrity ?? null,
      license: entry.license ?? null,
      dev,
      optional,
    });
  }
  return {
    name: json.name ?? 'lionrock',
    version: json.version ?? '0.0.0',
    sha256: createHash('sha256').update(text).digest('hex'),
    packages: [...byKey.values()].sort((a, b) =>
      a.name === b.name ? a.version.localeCompare(b.version) : a.name.localeCompare(b.name),
    ),
  };
}

let cached: { path: string; lockfile: Lockfile } | undefined;

/** Reads LionRock's lockfile (or the one at `path`), once per path per process. */
export function readLockfile(path: string | URL = LOCKFILE): Lockfile {
  const key = path.toString();
  if (cached?.path !== key) cached = { path: key, lockfile: parseLockfile(readFileSync(path, 'utf8')) };
  return cached.lockfile;
}
