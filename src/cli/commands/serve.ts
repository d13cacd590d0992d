import type { Command } from 'commander';
import { CLI_PRINCIPAL, seedDemo } from '../../access/index.ts';
import { buildApp } from '../../api/index.ts';
import { seedDemoGlossary } from '../../assistant/index.ts';
import { seedDemoBots } from '../../chat/index.ts';
import { anchorPathsFrom, openCheckpointer } from '../../audit/index.ts';
import { counted, loadConfig } from '../../core/index.ts';
import { registerBotApplications, seedDemoGovernance } from '../../governance/index.ts';
import { loadImporters } from '../../knowledge/index.ts';
import { migrate } from '../../store/index.ts';
import { consoleBuildIsStale, ensureConsoleBuilt } from '../../web/index.ts';
import { openConfiguredStore } from '../context.ts';
import { prettyLogStream } from '../pretty-log.ts';

/**
 * Runs one start-up step, saying what it does before and how long it took after, so a first start
 * (a minute on a slow machine: migrations, demo imports, the index) is never silent.
 */
async function step<T>(doing: string, done: string | ((value: T) => string | null), run: () => Promise<T>): Promise<T> {
  process.stdout.write(`${doing}…\n`);
  const started = performance.now();
  const value = await run();
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const said = typeof done === 'string' ? done : done(value);
  if (said) process.stdout.write(`${said} in ${seconds} s\n`);
  return value;
}

export function serveCommand(program: Command): void {
  program
    .command('serve')
    .description('Migrate, seed an empty database with the demo department and admin, and serve the API')
    .action(async () => {
      const config = loadConfig();
      const store = await step('Opening the database', 'Opened the database', () => openConfiguredStore(config));
      await step('Migrating the database', 'Migrated the database', () => migrate(store));
      const seed = await step(
        'Seeding the demo department and admin',
        (result) => (result.seeded ? 'Seeded the demo department and admin' : 'Nothing to seed (already seeded)'),
        () => seedDemo(store.db, { adminKey: config.adminKey, keyLifetimeDays: config.defaultKeyLifetimeDays }),
      );
      // Before the app starts: its knowledge index loads what is published, the demo bots included.
      const demoBots = seed.seeded
        ? await step('Seeding the demo bots (importing their FAQs)', 'Seeded the demo bots', () =>
            seedDemoBots(store.db),
          )
        : [];
      // The demo department's translation glossary (issue #17), also for a database seeded before it shipped.
      await step(
        "Seeding the demo department's glossary",
        (version) => (version === null ? null : `Seeded the demo department's glossary (version ${version})`),
        () => seedDemoGlossary(store.db),
      );
      // Every bot is an AI application (issue #16): bots made before the registry, or by the CLI, get theirs.
      await step(
        'Registering bots as AI applications',
        (ids) => (ids.length > 0 ? `Registered ${counted(ids.length, 'bot')} as AI applications` : null),
        () => registerBotApplications(store.db, { principal: CLI_PRINCIPAL, requestId: 'start' }),
      );
      // The console is built from its sources when missing or older than them: no separate build step.
      if (consoleBuildIsStale()) {
        await step('Building the web console', 'Built the web console', ensureConsoleBuilt);
      }
      const anchor = anchorPathsFrom(config);
      // JSON lines for log shippers; a person at a terminal gets one readable line per entry.
      const logger = {
        level: config.logLevel,
        ...(process.stdout.isTTY ? { stream: prettyLogStream(process.stdout) } : {}),
      };
      const app = await step('Loading the knowledge index and starting the API', 'Started the API', () =>
        buildApp({ store, config, logger, anchor }),
      );
      // Needs the API's services: evaluations ask the demo bots through the same answer path as citizens.
      if (demoBots.length) {
        await step(
          'Governing the demo AI applications (assessments, endorsements, evaluations, the go-live gate)',
          (done) =>
            `Assessed ${counted(done.assessed.length, 'demo AI application')}, ran ${counted(done.evaluations.length, 'evaluation')}` +
            (done.refused.length
              ? `; kept from going live by the gate: ${done.refused.map((r) => `${r.botId} (${r.unmet.join(', ')})`).join('; ')}`
              : ''),
          () => seedDemoGovernance(store.db, () => app.lionrock.jobWorker.drain()),
        );
      }
      await app.listen({ port: config.port, host: config.host });
      // Off the first upload's path: the file parsers load on first use, which would be an officer's upload.
      loadImporters().catch((error: unknown) => app.log.error({ err: error }, 'loading the file parsers failed'));
      const address = app.server.address();
      const port = typeof address === 'object' && address ? address.port : config.port;
      store.lock?.update({ port });
      // Signed checkpoints of the audit head, outside the database, off the request path.
      const checkpointer = await openCheckpointer(store.db, anchor, (location, error) =>
        app.log.error({ err: error, witness: location }, 'audit witness failed'),
      );
      await checkpointer.checkpoint();
      checkpointer.start(config.auditAnchorIntervalSeconds * 1000, (error) =>
        app.log.error({ err: error }, 'audit checkpoint failed'),
      );
      // Before the lines that say the server is up: whoever reads them may stop it at once, and a
      // signal that comes before its handler ends the process without closing the database.
      let closing = false;
      const shutdown = async (signal: string) => {
        if (closing) return;
        closing = true;
        app.log.info({ signal }, 'shutting down');
        const force = setTimeout(() => process.exit(1), config.shutdownGraceSeconds * 1000);
        force.unref();
        await app.close();
        await checkpointer.stop().catch((error: unknown) => app.log.error({ err: error }, 'audit checkpoint failed'));
        await store.close();
        process.exit(0);
      };
      process.once('SIGTERM', () => void shutdown('SIGTERM'));
      process.once('SIGINT', () => void shutdown('SIGINT'));
      const url = `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${port}`;
      const lines = [
        `LionRock listening on ${url}`,
        `Console: ${url}/console/ (sign in with the admin API key below, or your organisation's sign-in)`,
        `API docs: ${url}/docs`,
        `Database: ${store.kind === 'pglite' ? 'embedded PGlite' : 'PostgreSQL'} at ${store.location}`,
      ];
      if (seed.seeded) {
        lines.push('Seeded the demo department (code "demo") and a platform admin.');
        if (demoBots.length) lines.push(`Demo bots: ${demoBots.join(', ')} — try them at ${url}/demo`);
        lines.push(
          config.adminKey ? 'Admin API key: (the key in LIONROCK_ADMIN_KEY)' : `Admin API key: ${seed.adminKey}`,
        );
        if (!config.adminKey) lines.push('Keep this key: it is shown once and stored only as a hash.');
      }
      process.stdout.write(`${lines.join('\n')}\n`);
    });
}
