import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Command } from 'commander';
import {
  type Glossary,
  GlossaryError,
  loadGlossary,
  type TargetLanguage,
  type TranslationResult,
  translateOffline,
  translateWithModel,
} from '../../assistant/index.ts';
import { CLI_PRINCIPAL, listDepartments } from '../../access/index.ts';
import { createGatewayFromConfig, GatewayError } from '../../gateway/index.ts';
import { type Extracted, extractSource, ImportError } from '../../knowledge/index.ts';
import { bilingual } from '../bilingual.ts';
import { CliError, withStore } from '../context.ts';

const TARGETS: readonly TargetLanguage[] = ['zh-Hant', 'zh-Hans', 'en'];

interface TranslateFlags {
  to?: string;
  glossary?: string[];
  json?: boolean;
  model?: string;
  department?: string;
  autoFix?: boolean;
  keepMasked?: boolean;
}

const NEEDS_BOTH =
  'a translation through a model needs both --model PROVIDER/MODEL (on the department allow-list, docs/gateway.md) and --department CODE / 經模型翻譯須同時以 --model 提供者/模型 及 --department 部門代碼指定';

/**
 * `assist translate FILE --to zh-Hant|zh-Hans|en`: without a model, Chinese script conversion or
 * the glossary terms and their approved translations (saying a full translation needs a model);
 * with `--model` and `--department`, a sentence-aligned translation through the gateway with
 * glossary violations per sentence.
 */
export function translateCommands(assist: Command): void {
  assist
    .command('translate')
    .argument('<file>', 'a document: text, Markdown, HTML, DOCX, PDF or a scan')
    .requiredOption('--to <language>', 'zh-Hant (Hong Kong Traditional), zh-Hans (Simplified) or en')
    .option('--glossary <tsv...>', 'department glossary files (TSV: en, zh_hant[, zh_hans, wrong_en, wrong_zh])')
    .option(
      '--json',
      'print the result as JSON: {mode, from, to, sentences: [{id, source, target, violations}], terms, note}',
    )
    .option(
      '--model <provider/model>',
      'translate through the gateway with this provider and model (needs --department)',
    )
    .option('--department <code>', 'with --model: the department the call is metered and audited to')
    .option('--auto-fix', 'with --model: replace known variants of glossary terms by the approved wording')
    .option('--keep-masked', 'with --model: leave personal data masked in the translation')
    .description('Translate English ↔ Chinese with a glossary; without a model: script conversion and glossary lookup')
    .action(async (file: string, options: TranslateFlags) => {
      const to = options.to as TargetLanguage;
      if (!TARGETS.includes(to)) {
        throw new CliError(
          `--to must be zh-Hant, zh-Hans or en, not ${options.to} / --to 須為 zh-Hant、zh-Hans 或 en`,
          2,
        );
      }
      const glossary = readGlossary(options.glossary);
      const text = await readText(file);
      if (options.model === undefined && options.department === undefined) {
        return show(translateOffline(text, { to, glossary }), options.json);
      }
      const [provider, model] = (options.model ?? '').split('/', 2);
      if (!provider || !model || !options.department) throw new CliError(NEEDS_BOTH, 2);
      await withStore(async (store, config) => {
        const department = (await listDepartments(store.db, CLI_PRINCIPAL)).find((d) => d.code === options.department);
        if (!department)
          throw new CliError(
            `no department with code ${options.department} / 沒有代碼為 ${options.department} 的部門`,
            2,
          );
        const gateway = createGatewayFromConfig(store, config);
        try {
          const result = await translateWithModel(
            text,
            async (messages) =>
              (
                await gateway.complete({
                  departmentId: department.id,
                  botId: null,
                  provider,
                  model,
                  messages,
                  actor: { id: CLI_PRINCIPAL.id, roles: CLI_PRINCIPAL.roles, departmentId: department.id },
                  requestId: null,
                })
              ).text,
            {
              to,
              glossary,
              autoFix: options.autoFix === true,
              keepMasked: options.keepMasked === true,
              onProgress: (done, total) => {
                if (!options.json) process.stderr.write(`model call ${done}/${total}\n`);
              },
            },
          );
          show(result, options.json);
        } catch (error) {
          if (error instanceof GatewayError)
            throw new CliError(`the model call failed (${error.code}): ${error.message} / 模型呼叫失敗`, 1);
          throw error;
        } finally {
          await gateway.close();
        }
      });
    });
}

function readGlossary(files: string[] | undefined): Glossary | null {
  if (!files || files.length === 0) return null;
  try {
    return loadGlossary(...files);
  } catch (error) {
    if (error instanceof GlossaryError) throw new CliError(error.message, 2);
    throw error;
  }
}

async function readText(file: string): Promise<string> {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new CliError(`cannot read ${file}: ${reason} / 無法讀取 ${file}`, 2);
  }
  let extracted: Extracted;
  try {
    extracted = (await extractSource({ type: 'file', file: { fileName: basename(file), bytes } })).extracted;
  } catch (error) {
    if (error instanceof ImportError) throw new CliError(`${file}: ${error.message} / 無法匯入 ${file}`, 2);
    throw error;
  }
  if (extracted.kind === 'document') return extracted.blocks.map((block) => block.text).join('\n');
  if (extracted.kind === 'faq') return extracted.items.flatMap((item) => [item.question, item.answer]).join('\n');
  return extracted.datasets.map((dataset) => dataset.title).join('\n');
}

function show(result: TranslationResult, json: boolean | undefined): void {
  if (json) {
    process.stdout.write(`${JSON.stringify(result)}\n`);
    return;
  }
  const lines: string[] = [];
  if (result.mode !== 'glossary-lookup') {
    for (const sentence of result.sentences) {
      lines.push(`[${sentence.id}] ${sentence.source}`, `  → ${sentence.target ?? '(no translation 未有譯文)'}`);
      for (const fix of sentence.fixes) lines.push(`  fixed 已更正: ${fix.from} → ${fix.to}`);
      for (const violation of sentence.violations)
        lines.push(`  ! ${violation.kind}: ${bilingual({ en: violation.message.en, zhHant: violation.message.zh })}`);
    }
    lines.push('');
  }
  lines.push(`Glossary terms 詞彙表詞彙 (${result.terms.length}):`);
  if (result.terms.length === 0) lines.push('  (none 無)');
  for (const term of result.terms)
    lines.push(`- ${term.term} → ${term.approved.join(' / ')}  [sentence 句 ${term.sentences.join(', ')}]`);
  lines.push('', result.note.en, result.note.zh);
  process.stdout.write(`${lines.join('\n')}\n`);
}
