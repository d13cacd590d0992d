import { createHash } from 'node:crypto';
import { extname } from 'node:path';
import { type Extracted, extractSource, ImportError, type UploadedFile } from '../../knowledge/index.ts';
import { parseTranscript } from '../minutes/index.ts';

/** What the workspace keeps of an uploaded file. */
export interface WorkspaceFile {
  kind: 'document' | 'transcript';
  mediaType: string;
  importer: string;
  contentSha256: string;
  /** What the knowledge importer extracted; null for WebVTT and SRT transcripts. */
  content: Extracted | null;
  /** The text itself, for transcripts and plain text, where speaker lines matter. */
  rawText: string | null;
  textChars: number;
  pages: number | null;
}

/** A transcript that cannot be parsed: every problem, with its line, in both languages. */
export class TranscriptRefused extends Error {
  override name = 'TranscriptRefused';
  constructor(readonly issues: readonly { message: string; messageZh: string }[]) {
    super(issues.map((issue) => issue.message).join('; '));
  }
}

const CUE_TYPES: Record<string, { mediaType: string; importer: string }> = {
  '.vtt': { mediaType: 'text/vtt', importer: 'webvtt@1' },
  '.srt': { mediaType: 'application/x-subrip', importer: 'srt@1' },
};

/**
 * Reads an upload the way the knowledge importers do (`extractSource`: typed by extension and
 * checked against its bytes, parsed in a memory-capped worker, the text limit enforced), and adds
 * the transcript formats the minutes task reads (WebVTT, SRT), which must be UTF-8 text that parses.
 */
export async function extractWorkspaceFile(file: UploadedFile, maxTextChars: number): Promise<WorkspaceFile> {
  const sha256 = createHash('sha256').update(file.bytes).digest('hex');
  const cue = CUE_TYPES[extname(file.fileName).toLowerCase()];
  if (cue) {
    const text = utf8Text(file.bytes);
    if (text.length > maxTextChars) {
      throw new ImportError('too_large', {
        en: `The file holds ${text.length.toLocaleString('en')} characters of text; the limit is ${maxTextChars.toLocaleString('en')}`,
        zhHant: `檔案含 ${text.length.toLocaleString('en')} 個文字字元，上限為 ${maxTextChars.toLocaleString('en')} 個`,
      });
    }
    const parsed = parseTranscript(text, { fileName: file.fileName });
    if (!parsed.ok) throw new TranscriptRefused(parsed.issues);
    return {
      kind: 'transcript',
      ...cue,
      contentSha256: sha256,
      content: null,
      rawText: text,
      textChars: text.length,
      pages: null,
    };
  }
  const source = await extractSource({ type: 'file', file }, { limits: { maxTextChars } });
  const extracted = source.extracted;
  // Plain text may be a transcript with speaker lines: keep it as written (the importer already refused binary).
  const rawText = source.mediaType === 'text/plain' ? utf8Text(file.bytes) : null;
  return {
    kind: 'document',
    mediaType: source.mediaType,
    importer: source.importer,
    contentSha256: source.contentSha256,
    content: extracted,
    rawText,
    textChars: rawText?.length ?? documentText(extracted).length,
    pages: extracted.kind === 'document' ? extracted.pages : null,
  };
}

/** UTF-8 text without NUL (what PostgreSQL can store), or a type mismatch naming why not. */
function utf8Text(bytes: Buffer): string {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ImportError('type_mismatch', {
      en: 'The file is named as text but is not UTF-8 text',
      zhHant: '檔案名稱標示為文字檔，但內容不是 UTF-8 文字',
    });
  }
  if (text.includes('\u0000'))
    throw new ImportError('type_mismatch', {
      en: 'The file is named as text but holds NUL bytes',
      zhHant: '檔案名稱標示為文字檔，但內容含有空字元（NUL）',
    });
  return text.replace(/^\uFEFF/u, '');
}

/** The text of what an importer extracted, one block or entry a line. */
export function documentText(extracted: Extracted): string {
  switch (extracted.kind) {
    case 'document':
      return extracted.blocks.map((block) => block.text).join('\n');
    case 'faq':
      return extracted.items.map((item) => `${item.question}\n${item.answer}`).join('\n');
    case 'catalogue':
      return extracted.datasets.map((dataset) => `${dataset.title}\n${dataset.description}`).join('\n');
  }
}
