import type { Command } from 'commander';
import { AppError } from '../../core/index.ts';
import { writeFileSync } from 'node:fs';
import { CLI_PRINCIPAL } from '../../access/index.ts';
import { exportResult } from '../../assistant/index.ts';
import {
  applicationBom,
  buildAssessmentReport,
  derive,
  findBotApplication,
  type GoLiveStatus,
  goLiveConditions,
  parseDeriveInput,
  renderReportHtml,
} from '../../governance/index.ts';
import { bilingual } from '../bilingual.ts';
import { CliError, withStore } from '../context.ts';

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** Why derive refuses an unanswered rule question (its issue's own words speak of a stage). */
const UNANSWERED = {
  en: 'missing; the derivation needs every rule question answered',
  zhHant: '未作答；推算需要每條規則問題的答案',
};

/**
 * `lionrock gov ...`: governance from the command line. `gov derive` applies the derivation rules
 * (docs/governance.md) to answers on stdin; pure, no database is opened. Other `gov` subcommands
 * attach to the same `gov` command.
 */
export function govCommands(program: Command): Command {
  const gov = program.command('gov').description('Governance: assessments, risk derivation, go-live status');
  gov
    .command('derive')
    .option('--json', 'print {impact, tier, oversight, reasons[]} as JSON')
    .description(
      'Derive impact (low/high), GenAI tier and required human oversight from answers on stdin:\n' +
        '{"hk-aiaia": {"A": "no", ...}, "hk-genai-tier": {...}, "pcpd-ai-privacy": {...}, "versions"?: {...}}',
    )
    .action(async (options: { json?: boolean }) => {
      let raw: unknown;
      try {
        raw = JSON.parse(await readStdin());
      } catch {
        throw new CliError('stdin: not valid JSON', 2);
      }
      const input = parseDeriveInput(raw);
      if (!input.ok) throw new CliError(input.issues.map((i) => `${i.path}: ${bilingual(i.message)}`).join('\n'), 2);
      const outcome = derive(input.value);
      if (!outcome.ok) {
        const lines = outcome.issues.map(
          (i) => `${i.templateId}.${i.questionId}: ${bilingual(i.code === 'unanswered' ? UNANSWERED : i.message)}`,
        );
        throw new CliError(lines.join('\n'), 2);
      }
      const { impact, tier, oversight, reasons } = outcome.value;
      if (options.json) {
        process.stdout.write(`${JSON.stringify({ impact, tier, oversight, reasons })}\n`);
        return;
      }
      const show = (v: string | null) => v ?? '(no answers given)';
      process.stdout.write(`Impact: ${show(impact)}\nGenAI tier: ${show(tier)}\nHuman oversight: ${show(oversight)}\n`);
      for (const r of reasons) {
        process.stdout.write(`  [${r.result}] ${r.questionId} = ${r.answer}: ${bilingual(r.because)}\n`);
      }
    });
  gov
    .command('status')
    .argument('<application-or-bot>', "an application's id, or a LionRock bot's id (e.g. demo-1823)")
    .option('--json', 'print {ready, conditions: [{id, met, detail: {en, zhHant}, action: {en, zhHant}}]} as JSON')
    .description(
      'Whether it may go live: each go-live gate condition, met or not, with what was found and what to do. ' +
        'Exits 1 for an unknown id',
    )
    .action((id: string, options: { json?: boolean }) =>
      withStore(async (store) => {
        let status: GoLiveStatus;
        try {
          status = await goLiveConditions(store.db, id);
        } catch (error) {
          if (error instanceof AppError && error.code === 'not_found')
            throw new CliError(`no application or bot "${id}"`, 1);
          throw error;
        }
        const conditions = status.conditions.map(({ id, met, detail, action }) => ({ id, met, detail, action }));
        if (options.json) {
          process.stdout.write(`${JSON.stringify({ ready: status.ready, conditions })}\n`);
          return;
        }
        const what = status.botId ? `Bot ${status.botId} (version ${status.botVersion})` : `Application ${id}`;
        process.stdout.write(`${what}: ${status.ready ? 'ready to go live' : 'not ready to go live'}\n`);
        for (const c of conditions) {
          const words = c.met
            ? c.detail
            : { en: `${c.detail.en} ${c.action.en}`, zhHant: `${c.detail.zhHant}${c.action.zhHant}` };
          process.stdout.write(`  ${c.met ? '✓' : '✗'} ${c.id}: ${bilingual(words)}\n`);
        }
      }),
    );
  gov
    .command('bom')
    .argument('<application-or-bot>', "an application's id, or a LionRock bot's id (e.g. demo-1823)")
    .option('--out <file>', 'write the document to this file instead of standard output')
    .description(
      'The AI bill of materials as CycloneDX 1.6 JSON: models and what providers reported answering, knowledge ' +
        "sources with hashes and approvers, datasets, third parties and LionRock's own packages. Exits 1 for an unknown id",
    )
    .action((id: string, options: { out?: string }) =>
      withStore(async (store) => {
        const application = await findBotApplication(store.db, id);
        const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
        const applicationId = application?.id ?? (uuid.test(id) ? id : null);
        if (!applicationId) throw new CliError(`no application or bot "${id}"`, 1);
        let json: string;
        try {
          json = `${JSON.stringify(await applicationBom(store.db, CLI_PRINCIPAL, applicationId), null, 2)}\n`;
        } catch (error) {
          if (error instanceof AppError && error.code === 'not_found')
            throw new CliError(`no application or bot "${id}"`, 1);
          throw error;
        }
        if (options.out) writeFileSync(options.out, json);
        else process.stdout.write(json);
      }),
    );
  gov
    .command('report')
    .argument('<application-or-bot>', "an application's id, or a LionRock bot's id (e.g. demo-1823)")
    .requiredOption('--pdf <file>', 'write the report as PDF to this file')
    .option('--html <file>', 'also write it as an HTML page to this file')
    .option('--lang <lang>', 'which language comes first in the labels: en or zh-Hant', 'en')
    .description(
      'The assessment report: answers and reviewer comments, the derivation of impact, tier and oversight with ' +
        'its reasons, endorsements, evaluation history, open incidents. Exits 1 for an unknown id',
    )
    .action((id: string, options: { pdf: string; html?: string; lang: string }) =>
      withStore(async (store) => {
        if (options.lang !== 'en' && options.lang !== 'zh-Hant')
          throw new CliError(`--lang must be en or zh-Hant, not "${options.lang}"`, 2);
        const application = await findBotApplication(store.db, id);
        const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
        const applicationId = application?.id ?? (uuid.test(id) ? id : null);
        if (!applicationId) throw new CliError(`no application or bot "${id}"`, 1);
        const document = await buildAssessmentReport(store.db, CLI_PRINCIPAL, applicationId, options.lang).catch(
          (error: unknown) => {
            if (error instanceof AppError && error.code === 'not_found')
              throw new CliError(`no application or bot "${id}"`, 1);
            throw error;
          },
        );
        const file = await exportResult(
          { task: 'document', document, name: `assessment-report-${applicationId}` },
          'pdf',
        );
        writeFileSync(options.pdf, file.bytes);
        if (options.html) writeFileSync(options.html, renderReportHtml(document));
      }),
    );
  return gov;
}
