import { isClean, scanSummary, scanText } from '../guard/index.ts';
import type { ChunkDraft } from './chunk.ts';

/** What the guard found in one chunk of a draft: types, counts and reasons, never the personal data. */
export interface DraftFinding {
  ordinal: number;
  entryKey: string;
  /** Hidden instructions (knowledge poisoning), personal data or risky links. */
  kinds: ('injection' | 'pii' | 'url')[];
  summary: Record<string, unknown>;
}

/**
 * Scans every chunk of a draft before an approver sees it: an FAQ answer or document passage that
 * carries an instruction to a model, personal data or a phishing link is flagged with its reasons.
 */
export function scanDraft(chunks: readonly ChunkDraft[], blocklist: ReadonlySet<string>): DraftFinding[] {
  const findings: DraftFinding[] = [];
  chunks.forEach((chunk, ordinal) => {
    // The same injection verdict as the policy's context stage: a rule or obfuscation sign must back it.
    const result = scanText(`${chunk.question}\n${chunk.text}`, { blocklist, requireEvidence: true });
    if (isClean(result)) return;
    const kinds: DraftFinding['kinds'] = [];
    if (result.injection.flagged) kinds.push('injection');
    if (result.pii.length) kinds.push('pii');
    if (result.urls.some((u) => u.verdict !== 'safe')) kinds.push('url');
    findings.push({ ordinal, entryKey: chunk.entryKey, kinds, summary: scanSummary(result) });
  });
  return findings;
}

/**
 * The findings whose chunks are never served, whatever the approver decided: those the import scan
 * flagged as planted instructions. An override publishes the rest.
 */
export function withheld(findings: readonly DraftFinding[]): DraftFinding[] {
  return findings.filter((finding) => finding.kinds.includes('injection'));
}
