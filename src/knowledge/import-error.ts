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

export class ImportError extends Error {
  override name = 'ImportError';
  constructor(
    readonly code: ImportErrorCode,
    message: string,
  ) {
    super(message);
  }
}
