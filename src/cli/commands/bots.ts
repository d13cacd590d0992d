import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { eq } from 'drizzle-orm';
import type { Principal, ServiceContext } from '../../access/index.ts';
import { botConfigSchema, botIdSchema, createBot, listBots, loadBot } from '../../chat/index.ts';
import { AppError, hasPermission, type Permission } from '../../core/index.ts';
import { ensureBotApplication, GoLiveRefused, publishGovernedBot } from '../../governance/index.ts';
import { departments } from '../../store/index.ts';
import { z } from 'zod';
import { actingPrincipal, KEY_HELP } from '../acting-principal.ts';
import { bilingual } from '../bilingual.ts';
import { CliError, withStore } from '../context.ts';

/** What `bots create` reads: the bot's id and its configuration, checked as `POST /api/v1/bots` checks them. */
const botFileSchema = z.object({ id: botIdSchema, config: botConfigSchema }).strict();

interface ActAs {
  key?: string;
  as?: string;
}

/** `lionrock bots list | create | publish`: bots from the shell, recorded as the key's owner or the operator. */
export function botCommands(program: Command): void {
  const bots = program.command('bots').description('Bots: list, create from a file, publish');

  bots
    .command('list')
    .option('--department <code>', 'only this department')
    .option('--key <api-key>', KEY_HELP)
    .option('--json', 'print [{id, department, publishedVersion, latestVersion, status, name}] as JSON')
    .description("List bots (a key's owner sees their department's) with their published and latest versions")
    .action((options: ActAs & { department?: string; json?: boolean }) =>
      withStore(async (store) => {
        const principal = await actingPrincipal(store.db, options);
        const codes = new Map((await store.db.select().from(departments)).map((d) => [d.id, d.code]));
        if (options.department && ![...codes.values()].includes(options.department))
          throw new CliError(`no department with code "${options.department}"`);
        const rows = [];
        for (const bot of await listBots(store.db, principal)) {
          const department = codes.get(bot.departmentId) ?? bot.departmentId;
          if (options.department && department !== options.department) continue;
          const view = await loadBot(store.db, bot.id);
          if (!view) continue;
          rows.push({
            id: bot.id,
            department,
            publishedVersion: bot.publishedVersion,
            latestVersion: view.latest.version,
            status: view.latest.status,
            name: view.latest.config.name,
          });
        }
        if (options.json) {
          process.stdout.write(`${JSON.stringify(rows)}\n`);
          return;
        }
        if (!rows.length) process.stdout.write('No bots.\n');
        for (const row of rows) {
          const published = row.publishedVersion ? `published v${row.publishedVersion}` : 'not published';
          const latest = row.status === 'draft' ? `, draft v${row.latestVersion}` : '';
          process.stdout.write(
            `${row.id.padEnd(24)} ${row.department.padEnd(10)} ${`${published}${latest}`.padEnd(28)} ` +
              `${row.name.en} / ${row.name.zh}\n`,
          );
        }
      }),
    );

  bots
    .command('create')
    .argument('<file>', 'JSON {id, config}: the same configuration as POST /api/v1/bots takes (docs/chat.md)')
    .option('--department <code>', "the department that owns the bot (default: the key owner's)")
    .option('--key <api-key>', KEY_HELP)
    .option('--as <user>', 'the key owner (id or e-mail), as a check; without a key the CLI operator creates it')
    .option('--json', 'print {id, department, version, status} as JSON')
    .description('Create a bot as a draft from a JSON file; citizens see it once an approver publishes it')
    .action((file: string, options: ActAs & { department?: string; json?: boolean }) =>
      withStore(async (store) => {
        const definition = await readBotFile(file);
        const principal = await actingPrincipal(store.db, options);
        mayDo(principal, 'bot:manage');
        const [department] = await store.db
          .select()
          .from(departments)
          .where(
            options.department
              ? eq(departments.code, options.department)
              : eq(departments.id, principal.departmentId ?? '00000000-0000-0000-0000-000000000000'),
          );
        if (!department) {
          throw options.department
            ? new CliError(`no department with code "${options.department}"`)
            : new CliError('--department is required (the CLI operator belongs to none)', 2);
        }
        const departmentId = department.id;
        const view = await serviceCall(() =>
          createBot(store.db, context(principal), { id: definition.id, departmentId, config: definition.config }),
        );
        // Every LionRock bot is an AI application (issue #16).
        await serviceCall(() => ensureBotApplication(store.db, context(principal), view.bot.id));
        const summary = {
          id: view.bot.id,
          department: department.code,
          version: view.latest.version,
          status: view.latest.status,
        };
        if (options.json) process.stdout.write(`${JSON.stringify(summary)}\n`);
        else
          process.stdout.write(
            `Created bot ${view.bot.id} as draft version ${view.latest.version}.\n` +
              `Publish it with: LIONROCK_API_KEY=<approver's key> lionrock bots publish ${view.bot.id}\n`,
          );
      }),
    );

  bots
    .command('publish')
    .argument('<bot-id>', 'the bot whose latest draft version to publish')
    .option('--key <api-key>', KEY_HELP)
    .option('--as <user>', 'the key owner (id or e-mail), as a check; without a key the CLI operator publishes')
    .description(
      "Publish a bot's latest draft as the approver whose API key is given (--key or LIONROCK_API_KEY), else as " +
        'the CLI operator; refused, listing every unmet condition, unless it passes the go-live gate',
    )
    .action((botId: string, options: ActAs) =>
      withStore(async (store) => {
        if (!botIdSchema.safeParse(botId).success)
          throw new CliError('<bot-id> must be 2–64 lower-case letters, digits or hyphens', 2);
        const principal = await actingPrincipal(store.db, options);
        mayDo(principal, 'bot:publish');
        // The same go-live gate as the API: the CLI cannot publish around it.
        const view = await serviceCall(() => publishGovernedBot(store.db, context(principal), botId));
        process.stdout.write(`Published version ${view.latest.version} of bot ${botId}.\n`);
      }),
    );
}

/** Reads and validates a bot file, naming each bad field (`config.threshold: …`); exit code 2. */
async function readBotFile(file: string): Promise<z.output<typeof botFileSchema>> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new CliError(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new CliError(`${file}: not valid JSON (${(error as Error).message})`, 2);
  }
  const parsed = botFileSchema.safeParse(json);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.map((issue) => {
    const keys = issue.code === 'unrecognized_keys' ? issue.keys : [];
    const path = issue.path.map(String).join('.');
    const at = keys.length ? keys.map((key) => (path ? `${path}.${key}` : key)).join(', ') : path || '(file)';
    return `${file}: ${at}: ${issue.message}`;
  });
  throw new CliError(issues.join('\n'), 2);
}

/** A key's owner acts only as the API would let them: the same permission table. */
function mayDo(principal: Principal, permission: Permission): void {
  if (!hasPermission(principal.roles, permission))
    throw new CliError(`your role (${principal.roles.join(', ')}) may not ${permission.replace(':', ' ')}`, 1);
}

function context(principal: Principal): ServiceContext {
  return { principal, requestId: 'cli' };
}

async function serviceCall<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (error instanceof GoLiveRefused) {
      const unmet = error.problemExtensions.conditions.map(
        (c) =>
          `  ✗ ${c.id}: ${bilingual({ en: `${c.detail.en} ${c.action.en}`, zhHant: `${c.detail.zhHant}${c.action.zhHant}` })}`,
      );
      throw new CliError(`${bilingual(error.reason)}\n${unmet.join('\n')}`);
    }
    if (error instanceof AppError) throw new CliError(bilingual(error.reason));
    throw error;
  }
}
