import { extname } from 'node:path';
import { ImportError } from './import-error.ts';

/** The file types LionRock imports, each recognised by extension and checked against its bytes. */
export const FILE_TYPES = {
  csv: { extensions: ['.csv'], mediaType: 'text/csv' },
  xlsx: { extensions: ['.xlsx'], mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
  jsonl: { extensions: ['.jsonl', '.ndjson'], mediaType: 'application/x-ndjson' },
  pdf: { extensions: ['.pdf'], mediaType: 'application/pdf' },
  docx: { extensions: ['.docx'], mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
  html: { extensions: ['.html', '.htm'], mediaType: 'text/html' },
  markdown: { extensions: ['.md', '.markdown'], mediaType: 'text/markdown' },
  text: { extensions: ['.txt'], mediaType: 'text/plain' },
  png: { extensions: ['.png'], mediaType: 'image/png' },
  jpeg: { extensions: ['.jpg', '.jpeg'], mediaType: 'image/jpeg' },
  tiff: { extensions: ['.tif', '.tiff'], mediaType: 'image/tiff' },
} as const;

export type FileType = keyof typeof FILE_TYPES;

const startsWith = (bytes: Buffer, ...magic: number[]) => magic.every((byte, i) => bytes[i] === byte);

/** What the bytes say, for the binary formats that carry a signature. */
function sniff(bytes: Buffer): 'zip' | 'pdf' | 'png' | 'jpeg' | 'tiff' | 'binary' | 'text' {
  if (startsWith(bytes, 0x50, 0x4b, 0x03, 0x04)) return 'zip';
  if (startsWith(bytes, 0x25, 0x50, 0x44, 0x46, 0x2d)) return 'pdf';
  if (startsWith(bytes, 0x89, 0x50, 0x4e, 0x47)) return 'png';
  if (startsWith(bytes, 0xff, 0xd8, 0xff)) return 'jpeg';
  if (startsWith(bytes, 0x49, 0x49, 0x2a, 0x00) || startsWith(bytes, 0x4d, 0x4d, 0x00, 0x2a)) return 'tiff';
  return bytes.subarray(0, 4096).includes(0) ? 'binary' : 'text';
}

const EXPECTED: Record<FileType, ReturnType<typeof sniff>> = {
  csv: 'text',
  xlsx: 'zip',
  jsonl: 'text',
  pdf: 'pdf',
  docx: 'zip',
  html: 'text',
  markdown: 'text',
  text: 'text',
  png: 'png',
  jpeg: 'jpeg',
  tiff: 'tiff',
};

/**
 * The type of an upload, from its extension, refused unless the bytes agree (a `.pdf` that is
 * really an executable, or a `.csv` with binary content, never reaches a parser).
 */
export function detectFileType(fileName: string, bytes: Buffer): FileType {
  const extension = extname(fileName).toLowerCase();
  const type = (Object.keys(FILE_TYPES) as FileType[]).find((key) =>
    (FILE_TYPES[key].extensions as readonly string[]).includes(extension),
  );
  if (!type) {
    const accepted = Object.values(FILE_TYPES).flatMap((t) => t.extensions);
    throw new ImportError('unsupported_type', {
      en: `Files of type "${extension || '(none)'}" are not accepted; accepted: ${accepted.join(', ')}`,
      zhHant: `不接受「${extension || '（無）'}」類型的檔案；接受的類型：${accepted.join('、')}`,
    });
  }
  const actual = sniff(bytes);
  if (actual !== EXPECTED[type]) {
    throw new ImportError('type_mismatch', {
      en: `The file is named ${extension} but its content is not (${actual})`,
      zhHant: `檔案名稱為 ${extension}，但內容並非此類型（實為 ${actual}）`,
    });
  }
  return type;
}
