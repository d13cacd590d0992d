import { eq } from 'drizzle-orm';
import { authenticate, CLI_PRINCIPAL, type Principal } from '../access/index.ts';
import { type Db, users } from '../store/index.ts';
import { CliError } from './context.ts';

/** The help text of `--key`, the same for every command that acts for a person. */
export const KEY_HELP =
  'act as the owner of this API key (default: LIONROCK_API_KEY; prefer the variable, a key on the command line shows in `ps`)';

/**
 * Who a CLI action is recorded as: the owner of the API key given (`--key` or LIONROCK_API_KEY),
 * authenticated as the API would, or else the operator at the shell (`cli`). Nobody acts as
 * another person without that person's key: `--as` only checks whose key it is.
 */
export async function actingPrincipal(
  db: Db,
  options: { as?: string | undefined; key?: string | undefined },
): Promise<Principal> {
  const key = options.key ?? process.env.LIONROCK_API_KEY;
  if (!key) {
    if (options.as)
      throw new CliError(
        `--as ${options.as}: acting for a person needs their API key (--key or LIONROCK_API_KEY); ` +
          'without one the action is recorded as the CLI operator, so leave --as out',
        2,
      );
    return CLI_PRINCIPAL;
  }
  const result = await authenticate(db, key);
  if (!result.ok) throw new CliError(`the API key was refused (${result.reason})`, 2);
  if (options.as) {
    const column = options.as.includes('@') ? users.email : users.id;
    if (column === users.id && !/^[0-9a-f-]{36}$/i.test(options.as))
      throw new CliError('--as must be a user id or e-mail', 2);
    const [user] = await db.select({ id: users.id }).from(users).where(eq(column, options.as));
    if (user?.id !== result.principal.id)
      throw new CliError(`--as ${options.as} is not the owner of the API key given`, 2);
  }
  return result.principal;
}
