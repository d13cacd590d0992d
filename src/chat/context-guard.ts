import { evaluatePolicy, type GuardIssue, type GuardPolicy, type InjectionModel } from '../guard/index.ts';
import type { IndexedChunk, KnowledgeHit } from '../knowledge/index.ts';
import type { PassageVerdicts } from './passage-verdicts.ts';

/**
 * The policy's `context` stage over retrieved passages, before any is quoted or given to a model:
 * a passage the stage blocks (planted instructions, a link blocklisted since it was approved) is
 * dropped; one it rewrites (e.g. masks) is used rewritten. Verdicts are cached per chunk (see
 * {@link PassageVerdicts}).
 * `issues` gathers what the stage found, for the turn's guard record.
 *
 * @example const context = contextGuard(policy, { model, blocklist }, caches.contextVerdicts);
 * const usable = context.filter(hits);
 */
export function contextGuard(
  policy: GuardPolicy,
  options: { model: InjectionModel; blocklist: Set<string> },
  verdicts: PassageVerdicts,
) {
  const issues: GuardIssue[] = [];
  const seen = new Set<string>();
  const stage = verdicts.stage(policy);
  const passage = (chunk: IndexedChunk | undefined): IndexedChunk | undefined => {
    if (!chunk || !policy.context) return chunk;
    const verdict = verdicts.get(stage, chunk, options.blocklist, () =>
      evaluatePolicy(policy, 'context', chunk.text, options),
    );
    if (!seen.has(chunk.entryId)) {
      seen.add(chunk.entryId);
      issues.push(...verdict.issues.map((issue) => ({ ...issue, message: `retrieved passage: ${issue.message}` })));
    }
    if (!verdict.ok) return undefined;
    return verdict.text === chunk.text ? chunk : { ...chunk, text: verdict.text };
  };
  return {
    issues,
    passage,
    filter(hits: readonly KnowledgeHit[]): KnowledgeHit[] {
      return hits.flatMap((hit) => {
        const chunk = passage(hit.chunk);
        return chunk ? [chunk === hit.chunk ? hit : { ...hit, chunk }] : [];
      });
    },
  };
}
