import { readdirSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { type Catalogue, LOCALES } from '../../i18n/index.ts';
import { auditActionMessages } from './action-messages.ts';
import { auditEntityTypeMessages } from './entity-type-messages.ts';

/**
 * Every action and entity type the server writes to the audit trail has words in both languages.
 * The server has no list of them (an entry's `action` is a string), so this reads its sources as
 * text, as feature-styles.test.ts reads the console's: the console imports nothing of the server's
 * but its generated client.
 *
 * What it reads: the files that write entries (they import an append, or an entry's type, from the
 * audit module and name an entry's `entityType:`). In them, every `'entity.verb'` literal is taken as
 * an action, whether written in place (`action: 'user.create'`, `decided ? 'a.b' : 'a.c'`) or handed
 * to a helper (`audit(tx, ctx, 'incident.report', …)`), except request field paths (`'body.name'`)
 * and job kinds (`const IMPORT_JOB = '…'`). A code built from a template (`` `handoff.${step.action}` ``)
 * is expanded by {@link TEMPLATES}; one the test cannot expand fails, asking to be taught. Entity
 * types are the literals after `entityType:` and an `ENTITY` constant used there; any other
 * `entityType:` fails the same way.
 */
const serverRoot = fileURLToPath(new URL('../../../../src/', import.meta.url));
const sources = readdirSync(serverRoot, { recursive: true, encoding: 'utf8' })
  .filter((path) => path.endsWith('.ts') && !path.endsWith('.test.ts') && !path.endsWith('.d.ts'))
  .map((path) => ({ path: `src/${path.split(sep).join('/')}`, text: readFileSync(join(serverRoot, path), 'utf8') }));

/** What the audit module gives a writer: the appends, and the shape of an entry to append. */
const APPENDS = /\b(?:appendAudit|appendAuditBatch|prepareAuditBatch|chainAuditEntries|AuditEvent|AuditBatchEntry)\b/;
const writers = sources.filter(({ path, text }) => {
  const imported = [...text.matchAll(/import (?:type )?\{([^}]*)\} from '(?:\.\.?\/)+audit\/index\.ts'/g)].join();
  return !path.startsWith('src/audit/') && APPENDS.test(imported) && /\bentityType:/.test(text);
});

const CODE = /'([a-z][a-z_]*(?:\.[a-z][a-z_]*)+)'/g;
const FIELD_PATH = /^(?:body|params|query|headers)\./;

/** The values a union of string literals in a file takes: `decision: 'endorse' | 'return';`. */
const unionAfter = (text: string, pattern: RegExp) => {
  const union = pattern.exec(text)?.[1] ?? '';
  return [...union.matchAll(/'([a-z_]+)'/g)].map(([, value]) => value ?? '');
};

/** The actions built from a template, by template: each expands to the codes it can make, read from its file. */
const TEMPLATES: Record<string, (text: string) => string[]> = {
  // The steps of a handoff case: `export type HandoffAction = | { action: 'refer'; … } | …;`
  'handoff.${step.action}': (text) =>
    [...(/export type HandoffAction =([\s\S]*?);\n\n/.exec(text)?.[1] ?? '').matchAll(/action: '([a-z_]+)'/g)].map(
      ([, step]) => `handoff.${step}`,
    ),
  // An assessment's decision: `decision: 'endorse' | 'return';`
  'governance.assessment.${decision.decision}': (text) =>
    unionAfter(text, /\bdecision: ((?:'[a-z_]+'(?: \| )?)+);/).map((decision) => `governance.assessment.${decision}`),
};

const actions = new Map<string, string>();
const entityTypes = new Map<string, string>();
const unread: string[] = [];
for (const { path, text } of writers) {
  const jobKinds = new Set([...text.matchAll(/const \w+_JOB = '([^']+)'/g)].map(([, kind]) => kind));
  for (const [, code = ''] of text.matchAll(CODE)) {
    if (!FIELD_PATH.test(code) && !jobKinds.has(code)) actions.set(code, path);
  }
  for (const [, template = ''] of text.matchAll(/`((?:[a-z][a-z_]*\.)+\$\{[^`]*)`/g)) {
    if (FIELD_PATH.test(template)) continue;
    const expand = TEMPLATES[template];
    const codes = expand?.(text) ?? [];
    if (codes.length === 0) unread.push(`${path}: action \`${template}\` (teach TEMPLATES its values)`);
    for (const code of codes) actions.set(code, path);
  }
  const entity = /\bconst ENTITY = '([a-z_]+)'/.exec(text)?.[1];
  for (const [line, value = ''] of text.matchAll(/\bentityType: ([^\n]*)/g)) {
    const literals = [...value.matchAll(/'([a-z_]+)'/g)].map(([, type]) => type ?? '');
    if (literals.length === 0 && /^ENTITY\b/.test(value) && entity) literals.push(entity);
    if (literals.length === 0) unread.push(`${path}: ${line.trim()} (name the entity type in place)`);
    for (const type of literals) entityTypes.set(type, path);
  }
}

/** The codes of `found` with no words in some language, each with the file that writes it. */
const missing = (found: Map<string, string>, catalogue: Catalogue) =>
  [...found].flatMap(([code, path]) =>
    LOCALES.flatMap((locale) =>
      Object.hasOwn(catalogue[locale], code) ? [] : [`${code} (${locale}), written in ${path}`],
    ),
  );

describe('the words for the audit trail’s codes', () => {
  it('read the server: its audit writers, their actions and entity types', () => {
    expect(writers.length).toBeGreaterThan(30);
    for (const code of [
      'user.create',
      'bot.publish',
      'model.refuse',
      'handoff.reply',
      'governance.assessment.return',
    ]) {
      expect(actions.has(code), code).toBe(true);
    }
    for (const type of ['user', 'ai_application', 'knowledge_version', 'incident', 'platform']) {
      expect(entityTypes.has(type), type).toBe(true);
    }
    expect(actions.size).toBeGreaterThan(80);
    expect(unread).toEqual([]);
  });

  it('name every action the server writes, in English and 繁體中文', () => {
    expect(missing(actions, auditActionMessages)).toEqual([]);
  });

  it('name every entity type the server writes, in English and 繁體中文', () => {
    expect(missing(entityTypes, auditEntityTypeMessages)).toEqual([]);
  });
});
