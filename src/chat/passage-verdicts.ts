import type { GuardPolicy, GuardVerdict } from '../guard/index.ts';

/**
 * Context-stage verdicts of retrieved passages, keyed by the passage's chunk (one row of one
 * approved version, whose text never changes) under the policy's context stage. Keying by the
 * chunk rather than by its text spares every question the cost of building and hashing a key as
 * long as the passage (under load that lookup took ~2.5 % of the server thread, issue 14). The
 * stored text is compared by identity before a verdict is reused, so a chunk whose text did change
 * is scanned again. Cleared when the blocklist is reloaded, as the quoted answers' verdicts are.
 *
 * @example const verdicts = new PassageVerdicts();
 * const stage = verdicts.stage(policy); // once per question
 * const verdict = verdicts.get(stage, chunk, blocklist, () => evaluatePolicy(policy, 'context', chunk.text, options));
 */
export class PassageVerdicts {
  private blocklist: ReadonlySet<string> | undefined;
  private readonly byStage = new Map<string, Map<string, { text: string; verdict: GuardVerdict }>>();
  private size = 0;

  constructor(private readonly maxEntries = 10_000) {}

  /** The key of a policy's context stage: compute it once per question, not once per passage. */
  stage(policy: GuardPolicy): string {
    return JSON.stringify(policy.context ?? {});
  }

  get(
    stage: string,
    chunk: { chunkId: string; text: string },
    blocklist: ReadonlySet<string>,
    evaluate: () => GuardVerdict,
  ): GuardVerdict {
    if (blocklist !== this.blocklist || this.size >= this.maxEntries) {
      this.byStage.clear();
      this.size = 0;
      this.blocklist = blocklist;
    }
    let verdicts = this.byStage.get(stage);
    if (!verdicts) {
      verdicts = new Map();
      this.byStage.set(stage, verdicts);
    }
    const known = verdicts.get(chunk.chunkId);
    if (known && known.text === chunk.text) return known.verdict;
    const verdict = evaluate();
    if (!known) this.size++;
    verdicts.set(chunk.chunkId, { text: chunk.text, verdict });
    return verdict;
  }
}
