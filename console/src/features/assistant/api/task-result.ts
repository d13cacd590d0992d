/**
 * A finished task's result as the server stores it (`GET /api/v1/assistant/jobs/{id}`, `result`; the
 * route documents it but types it as JSON). Read defensively: a field missing from an older result
 * shows as absent, never as a crash.
 */
export interface Citation {
  document: string;
  page: number | null;
  section: string | null;
}

export interface KeyPoint {
  text: string;
  /** Extractive points cite one sentence, the model's cite those it rests on. */
  citation?: Citation;
  citations?: Citation[];
  /** Model-written points only: false when the cited sentences do not support it. */
  supported?: boolean;
  support?: number;
}

export interface Summary {
  document: string;
  title: string;
  language: string;
  method: 'extractive' | 'generative';
  keyPoints: KeyPoint[];
}

interface Support {
  text: string;
  citation: Citation;
}

export interface Brief {
  summaries: Summary[];
  agreements: { point: KeyPoint; alsoIn: Support[] }[];
  differences: (
    | { kind: 'only-in-one'; point: KeyPoint }
    | { kind: 'figures-differ'; point: KeyPoint; other: Support; figures: { point: string[]; other: string[] } }
  )[];
}

/** A combined brief the model wrote over the documents' key sentences, each sentence checked against what it cites. */
export interface GenerativeBrief {
  method: 'generative';
  language: string;
  keyPoints: KeyPoint[];
  unsupported: number;
}

export interface Minutes {
  attendees: string[];
  items: {
    title: string;
    summary: string;
    decisions: string[];
    actions: { owner: string | null; action: string; due: string | null }[];
  }[];
  rewrittenCantonese: boolean;
}

export interface TaskResult {
  task: 'summarise' | 'combine' | 'minutes' | 'rewrite-cantonese' | 'translate';
  mode: 'extractive' | 'rule-based' | 'generative';
  model: { provider: string; model: string } | null;
  note: { en: string; zh: string };
  documents: { id: string; name: string }[];
  findings: {
    instructions: {
      documentId: string;
      document: string;
      passage: number;
      /** The passage's first line in the document's text. */
      line: number;
      reasons: string[];
      /** The same reasons worded for a reader; absent from results made before they were. */
      reasonTexts?: unknown;
    }[];
    outputPersonalData: Record<string, number>;
    personalDataMasked: boolean;
  };
  usage: { modelCalls: number; promptTokens: number; completionTokens: number };
  output:
    | { summaries: { documentId: string; summary: Summary }[] }
    | { brief: Brief; generative?: GenerativeBrief }
    | { minutes: Minutes }
    | { lines: { text: string; written: string }[]; changed: number }
    | Record<string, unknown>;
}

/** The result when it has the shape of one (a task that ended without one gives null). */
export function taskResult(value: unknown): TaskResult | null {
  if (!value || typeof value !== 'object') return null;
  const result = value as Partial<TaskResult>;
  return typeof result.task === 'string' && result.note && result.output ? (result as TaskResult) : null;
}

/** The citations of a key point, whichever way it cites. */
export const citationsOf = (point: KeyPoint): Citation[] => point.citations ?? (point.citation ? [point.citation] : []);
