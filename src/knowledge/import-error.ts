import type { LocalizedText } from '../core/index.ts';

/** Why an import was refused: stable codes, so the API can name the reason and the field. */
export type ImportErrorCode =
  | 'unsupported_type'
  | 'type_mismatch'
  | 'too_large'
  | 'zip_bomb'
  | 'external_entity'
  | 'unreadable'
  | 'empty'
  | 'ocr_unavailable'
  | 'url_refused'
  | 'fetch_failed';

/**
 * An import refused, with its reason in English (`message`) and, where worded, Traditional Chinese
 * (`zhHant`): the API sends the asker's language.
 *
 * @example throw new ImportError('empty', { en: 'The workbook has no worksheet', zhHant: '活頁簿沒有工作表' });
 */
export class ImportError extends Error {
  override name = 'ImportError';
  readonly zhHant: string | null;
  constructor(
    readonly code: ImportErrorCode,
    reason: string | LocalizedText,
  ) {
    super(typeof reason === 'string' ? reason : reason.en);
    this.zhHant = typeof reason === 'string' ? null : reason.zhHant;
  }

  /** The reason in both languages; English only where no Chinese was written. */
  get reason(): string | LocalizedText {
    return this.zhHant === null ? this.message : { en: this.message, zhHant: this.zhHant };
  }
}
