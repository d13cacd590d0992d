import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Command } from 'commander';
import { eq } from 'drizzle-orm';
import { CLI_PRINCIPAL } from '../../access/index.ts';
import { AppError, counted } from '../../core/index.ts';
import {
  extractSource,
  ImportError,
  importIntoKnowledge,
  listSources,
  type SourceInput,
} from '../../knowledge/index.ts';
import { reviewGovernedVersion } from '../../governance/index.ts';
import { departments } from '../../store/index.ts';
import { actingPrincipal, KEY_HELP } from '../acting-principal.ts';
import { CliError, withStore } from '../context.ts';

interface ImportOptions {
  department: string;
  bot?: string;
  title?: string;
  url?: boolean;
  ckan?: boolean;
  query?: string;
  as?: string;
  key?: string;
  json?: boolean;
}

/** `kb import`, `kb list` and `kb publish`: the knowledge base from the shell. */
export function knowledgeCommands(kb: Command): void {
  kb.command('import')
    .argument(
      '<file-or-url>',
      'FAQ (CSV/XLSX/JSONL), PDF, DOCX, HTML, Markdown, text or scanned image; or a URL with --url/--ckan',
    )
    .requiredOption('--department <code>', 'department that owns the content')
    .option('--bot <id>', 'the bot this source feeds (default: every bot of the department)')
    .option('--title <title>', 'title shown in citations (default: found in the file)')
    .option('--url', 'import the web page or PDF at this URL')
    .option('--ckan', 'import the CKAN open-data catalogue at this base URL (e.g. https://data.gov.hk/tc-data)')
    .option('--query <q>', 'with --ckan: only datasets matching this search')
    .option('--key <api-key>', KEY_HELP)
    .option('--as <user>', 'the key owner (id or e-mail), as a check; without a key the CLI operator is the editor')
    .option('--json', 'print {outcome, sourceId, versionId, version, chunks, findings} as JSON')
    .description('Import content as a draft version; it is served only after an approver publishes it')
    .action((target: string, options: ImportOptions) =>
      withStore(async (store, config) => {
        const [department] = await store.db.select().from(departments).where(eq(departments.code, options.department));
        if (!department) throw new CliError(`no department with code "${options.department}"`);
        const principal = await actingPrincipal(store.db, options);
        const input: SourceInput = options.ckan
          ? { type: 'ckan', baseUrl: target, query: options.query }
          : options.url
            ? { type: 'url', url: target }
            : {
                type: 'file',
                file: {
                  fileName: basename(target),
                  bytes: await readFile(target).catch(() => cliFail(`cannot read ${target}`)),
                },
              };
        try {
          const content = await extractSource(input, {
            allowPrivate: config.allowPrivateUrls,
            allowHosts: config.urlAllowHosts,
          });
          const result = await importIntoKnowledge(store.db, { principal, requestId: 'cli' }, content, {
            departmentId: department.id,
            botId: options.bot,
            title: options.title,
          });
          const findings = Array.isArray(result.version.findings) ? result.version.findings.length : 0;
          const summary = {
            outcome: result.outcome,
            sourceId: result.source.id,
            versionId: result.version.id,
            version: result.version.version,
            findings,
          };
          if (options.json) process.stdout.write(`${JSON.stringify(summary)}\n`);
          else if (result.outcome === 'unchanged')
            process.stdout.write(`Unchanged: ${result.source.origin} is already version ${result.version.version}.\n`);
          else {
            process.stdout.write(
              `Imported ${result.source.origin} as draft version ${result.version.version} (id ${result.version.id})` +
                `${findings ? `, ${counted(findings, 'guard finding')} for the approver` : ''}.\n` +
                `Publish it with: LIONROCK_API_KEY=<approver's key> lionrock kb publish ${result.version.id}\n`,
            );
          }
        } catch (error) {
          if (error instanceof ImportError || error instanceof AppError) throw new CliError(error.message);
          throw error;
        }
      }),
    );

  kb.command('list')
    .option('--department <code>', 'only this department')
    .option('--json', 'print the sources as JSON')
    .description('List knowledge sources with their published version')
    .action((options: { department?: string; json?: boolean }) =>
      withStore(async (store) => {
        let departmentId: string | undefined;
        if (options.department) {
          const [department] = await store.db
            .select()
            .from(departments)
            .where(eq(departments.code, options.department));
          if (!department) throw new CliError(`no department with code "${options.department}"`);
          departmentId = department.id;
        }
        const sources = await listSources(store.db, CLI_PRINCIPAL, departmentId);
        if (options.json) {
          process.stdout.write(`${JSON.stringify(sources)}\n`);
          return;
        }
        if (!sources.length) process.stdout.write('No knowledge sources.\n');
        for (const source of sources) {
          const published = source.publishedVersion ? `published v${source.publishedVersion}` : 'not published';
          process.stdout.write(
            `${source.id}  ${source.kind.padEnd(9)} ${published.padEnd(15)} ${source.title} (${source.origin})\n`,
          );
        }
      }),
    );

  kb.command('publish')
    .argument('<version-id>', 'the draft version to publish (printed by kb import)')
    .option('--key <api-key>', KEY_HELP)
    .option('--as <user>', 'the key owner (id or e-mail), as a check; without a key the CLI operator approves')
    .option(
      '--override <reason>',
      'publish a draft with import findings, for this written reason (audited); passages flagged as injection are never served',
    )
    .description(
      'Publish a draft version as the approver whose API key is given (--key or LIONROCK_API_KEY), else as the ' +
        'CLI operator; maker-checker: the approver must not be its editor',
    )
    .action((versionId: string, options: { as?: string; key?: string; override?: string }) =>
      withStore(async (store) => {
        const principal = await actingPrincipal(store.db, options);
        if (!/^[0-9a-f-]{36}$/i.test(versionId)) throw new CliError('<version-id> must be a version id (UUID)', 2);
        try {
          const override = options.override?.trim() ? { reason: options.override.trim() } : undefined;
          // Through the governed review: a new kind of source feeding an assessed bot makes it due (issue #16).
          const version = await reviewGovernedVersion(store.db, { principal, requestId: 'cli' }, versionId, {
            approve: true,
            override,
          });
          process.stdout.write(`Published version ${version.version} of source ${version.sourceId}.\n`);
        } catch (error) {
          if (error instanceof AppError) throw new CliError(error.message);
          throw error;
        }
      }),
    );
}

function cliFail(message: string): never {
  throw new CliError(message);
}
