/**
 * What an importer gets out of a file: FAQ entries kept whole, or a document's blocks in reading
 * order with their page, from which the chunker builds citable passages.
 */
export interface FaqItem {
  /** The file's own id for the entry, when it has one: keeps the entry's identity across versions. */
  key?: string | undefined;
  question: string;
  answer: string;
  alternateQuestions?: string[] | undefined;
  keywords?: string[] | undefined;
  /** `en`, `zh-Hant`, ... when the file says (bilingual columns); otherwise detected later. */
  language?: string | undefined;
  /** The public page the entry paraphrases, for the citation. */
  url?: string | undefined;
}

export interface DocumentBlock {
  type: 'heading' | 'paragraph';
  /** 1 = top-level heading; paragraphs have none. */
  level?: number | undefined;
  text: string;
  /** 1-based page number for paged formats (PDF, OCR); null otherwise. */
  page: number | null;
}

export interface DatasetItem {
  key: string;
  title: string;
  description: string;
  organisation: string;
  tags: string[];
  url: string;
  language?: string | undefined;
  /** Its files and APIs with their links (DATA.GOV.HK marks an API with `is_api`). */
  resources?: DatasetResource[] | undefined;
  /** DATA.GOV.HK's `update_frequency`, e.g. Quarterly. */
  updateFrequency?: string | undefined;
  /** DATA.GOV.HK's `data_dictionary` link. */
  dataDictionary?: string | undefined;
}

/** One file or API of an open dataset. */
export interface DatasetResource {
  name: string;
  url: string;
  format: string;
  api: boolean;
}

export type Extracted =
  | { kind: 'faq'; title: string; items: FaqItem[] }
  | { kind: 'document'; title: string; blocks: DocumentBlock[]; pages: number | null }
  | { kind: 'catalogue'; title: string; datasets: DatasetItem[] };

/** A file as uploaded: bytes plus what the client called it. */
export interface UploadedFile {
  fileName: string;
  bytes: Buffer;
  /** Content type the client declared; sniffed bytes win over it. */
  declaredType?: string | undefined;
}
