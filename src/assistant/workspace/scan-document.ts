import { detectPii, isClean, scanSummary, scanText } from '../../guard/index.ts';

/** What the guard found in one passage of a workspace document: kinds and counts, never the personal data. */
export interface DocumentFinding {
  /** 0-based passage (about {@link PASSAGE_CHARS} characters, whole lines) and its first line. */
  passage: number;
  line: number;
  kinds: ('injection' | 'pii' | 'url')[];
  summary: Record<string, unknown>;
}

const PASSAGE_CHARS = 2000;

/**
 * Scans a document in passages of whole lines, as the knowledge import scans a draft's chunks:
 * an instruction to a model (with a rule or obfuscation sign behind it), personal data or a risky
 * link is recorded. The assistant reports these on every result that uses the document; it never
 * follows them.
 */
export async function scanDocument(text: string): Promise<DocumentFinding[]> {
  const findings: DocumentFinding[] = [];
  for (const [index, { text: passage, line }] of passages(text).entries()) {
    // About 5 ms a passage: let other requests in between (a 5 M-character upload scans for about 25 s).
    if (index % 20 === 19) await new Promise((resolve) => setImmediate(resolve));
    const result = scanText(passage, { requireEvidence: true });
    if (isClean(result)) continue;
    const kinds: DocumentFinding['kinds'] = [];
    if (result.injection.flagged) kinds.push('injection');
    if (result.pii.length) kinds.push('pii');
    if (result.urls.some((u) => u.verdict !== 'safe')) kinds.push('url');
    findings.push({ passage: index, line, kinds, summary: scanSummary(result) });
  }
  return findings;
}

/** Whether a piece of text carries an instruction to a model (the same test, for one sentence). */
export function carriesInstruction(text: string): boolean {
  return scanText(text, { requireEvidence: true }).injection.flagged;
}

/** Personal data types and counts in `text` (an output check: the values themselves are never kept). */
export function personalDataIn(text: string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const finding of detectPii(text)) counts[finding.type] = (counts[finding.type] ?? 0) + 1;
  return counts;
}

function passages(text: string): { text: string; line: number }[] {
  const out: { text: string; line: number }[] = [];
  let current: string[] = [];
  let size = 0;
  let start = 1;
  text.split('\n').forEach((line, i) => {
    if (current.length > 0 && size + line.length > PASSAGE_CHARS) {
      out.push({ text: current.join('\n'), line: start });
      current = [];
      size = 0;
      start = i + 1;
    }
    current.push(line);
    size += line.length + 1;
  });
  if (current.join('').trim()) out.push({ text: current.join('\n'), line: start });
  return out;
}
