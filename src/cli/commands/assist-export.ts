import { writeFileSync } from 'node:fs';
import { type ExportableResult, type ExportFormat, exportResult } from '../../assistant/index.ts';
import { AppError } from '../../core/index.ts';
import { bilingual } from '../bilingual.ts';
import { CliError } from '../context.ts';

/** `--docx FILE` / `--pdf FILE` on the assistant's commands. */
export interface ExportFlags {
  docx?: string;
  pdf?: string;
}

/**
 * Writes the result to the files asked for (both may be), saying each on stderr so stdout stays
 * what `--json` promises. A missing CJK font or an unwritable file exits with its reason.
 */
export async function writeExports(result: ExportableResult, flags: ExportFlags): Promise<void> {
  const wanted: [ExportFormat, string | undefined][] = [
    ['docx', flags.docx],
    ['pdf', flags.pdf],
  ];
  for (const [format, file] of wanted) {
    if (file === undefined) continue;
    let bytes: Uint8Array;
    try {
      ({ bytes } = await exportResult(result, format));
    } catch (error) {
      if (error instanceof AppError) throw new CliError(bilingual(error.reason), 1);
      throw error;
    }
    try {
      writeFileSync(file, bytes);
    } catch (error) {
      const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
      throw new CliError(`cannot write ${file}: ${reason} / 無法寫入 ${file}`, 2);
    }
    process.stderr.write(`wrote ${file} (${format.toUpperCase()}) / 已寫入 ${file}\n`);
  }
}
