import { Option, type Command } from 'commander';
import { eq } from 'drizzle-orm';
import {
  CLI_PRINCIPAL,
  createApiKey,
  createUser,
  findApiKeyId,
  revokeApiKey,
  type ServiceContext,
} from '../../access/index.ts';
import { ROLES, type Role } from '../../core/index.ts';
import { departments, users, type Db } from '../../store/index.ts';
import { CliError, withStore } from '../context.ts';

const ctx: ServiceContext = { principal: CLI_PRINCIPAL, requestId: null };

interface CreateOptions {
  name: string;
  user?: string;
  department?: string;
  role?: Role;
  displayName?: string;
  expiresDays?: string;
  json?: boolean;
}

export function keyCommands(program: Command): void {
  const keys = program.command('keys').description('Create and revoke API keys');
  keys
    .command('create')
    .requiredOption('--name <name>', 'what the key is for, e.g. "ci pipeline"')
    .option('--user <id-or-email>', 'an existing user to hold the key')
    .option('--department <code>', 'with --role: create a new account in this department to hold the key')
    .addOption(new Option('--role <role>', 'role of the new account (service for a machine key)').choices(ROLES))
    .option('--display-name <name>', 'name of the new account (default: the key name)')
    .option('--expires-days <days>', 'lifetime in days (default: LIONROCK_DEFAULT_KEY_LIFETIME_DAYS)')
    .option('--json', 'print {id, key, prefix, userId, expiresAt} as JSON')
    .description('Create an API key and print it once (only its hash is stored)')
    .action((options: CreateOptions) =>
      withStore(async (store, config) => {
        const userId = await resolveHolder(store.db, options);
        const days = options.expiresDays === undefined ? config.defaultKeyLifetimeDays : Number(options.expiresDays);
        if (!Number.isInteger(days) || days < 1)
          throw new CliError('--expires-days must be a whole number of days ≥ 1', 2);
        const created = await createApiKey(store.db, ctx, {
          name: options.name,
          userId,
          expiresAt: new Date(Date.now() + days * 24 * 3600 * 1000),
          defaultLifetimeDays: days,
        });
        if (options.json) {
          const { id, key, prefix, expiresAt } = created;
          process.stdout.write(`${JSON.stringify({ id, key, prefix, userId, expiresAt })}\n`);
        } else {
          process.stdout.write(
            `API key: ${created.key}\nid ${created.id}, expires ${created.expiresAt.toISOString()}\n`,
          );
        }
      }),
    );
  keys
    .command('revoke')
    .argument('<id-or-prefix>', 'the key id, or the prefix shown in listings (e.g. lr_AbCd1234)')
    .description('Revoke an API key at once')
    .action((idOrPrefix: string) =>
      withStore(async (store) => {
        const id = await findApiKeyId(store.db, idOrPrefix);
        if (!id) throw new CliError(`no API key with id or prefix "${idOrPrefix}"`);
        const revoked = await revokeApiKey(store.db, ctx, id);
        process.stdout.write(`Revoked key ${revoked.prefix} (${revoked.id}).\n`);
      }),
    );
}

async function resolveHolder(db: Db, options: CreateOptions): Promise<string> {
  if (options.user) {
    const column = options.user.includes('@') ? users.email : users.id;
    if (column === users.id && !/^[0-9a-f-]{36}$/i.test(options.user))
      throw new CliError('--user must be a user id or e-mail', 2);
    const [user] = await db.select({ id: users.id }).from(users).where(eq(column, options.user));
    if (!user) throw new CliError(`no user "${options.user}"`);
    return user.id;
  }
  if (!options.department || !options.role) {
    throw new CliError('give --user, or --department and --role to create a new account for the key', 2);
  }
  const [department] = await db
    .select({ id: departments.id })
    .from(departments)
    .where(eq(departments.code, options.department));
  if (!department) throw new CliError(`no department with code "${options.department}"`);
  const user = await createUser(db, ctx, {
    departmentId: department.id,
    displayName: options.displayName ?? options.name,
    roles: [options.role],
  });
  return user.id;
}
