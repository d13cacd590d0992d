import { Command } from 'commander';
import { assistCommands } from './commands/assist.ts';
import { minutesCommands } from './commands/assist-minutes.ts';
import { auditCommands } from './commands/audit.ts';
import { botCommands } from './commands/bots.ts';
import { databaseCommands } from './commands/database.ts';
import { govCommands } from './commands/gov.ts';
import { guardCommands } from './commands/guard.ts';
import { kbCommands } from './commands/kb.ts';
import { knowledgeCommands } from './commands/knowledge.ts';
import { keyCommands } from './commands/keys.ts';
import { serveCommand } from './commands/serve.ts';
import { reportFailure, setCommandName } from './context.ts';

/**
 * `lionrock`: the operator's command line. Its commands, options and output lines are a contract
 * that scripts and later checks rely on; change them only by adding.
 */
const program = new Command()
  .name('lionrock')
  .description('LionRock: governed AI platform for public services.\nConfiguration: see docs/configuration.md')
  .version('0.1.0')
  .showHelpAfterError()
  .configureOutput({ outputError: (text, write) => write(text) })
  .exitOverride((error) => {
    // Usage errors exit 2, as is conventional for command-line tools.
    process.exit(error.exitCode === 1 ? 2 : error.exitCode);
  });

// The lock on a data folder names the command holding it, never its arguments (they may hold a key).
program.hook('preAction', (_program, action) => {
  const names: string[] = [];
  for (let command: Command | null = action; command; command = command.parent) names.unshift(command.name());
  setCommandName(names.join(' '));
});

serveCommand(program);
databaseCommands(program);
auditCommands(program);
keyCommands(program);
knowledgeCommands(kbCommands(program));
guardCommands(program);
botCommands(program);
govCommands(program);
minutesCommands(assistCommands(program));

try {
  await program.parseAsync(process.argv);
} catch (error) {
  reportFailure(error);
}
