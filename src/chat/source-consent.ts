/**
 * The consented data exchange at the point of use (issue #18): a department's knowledge source may
 * be built on another department's dataset under a consent. Before a turn quotes a passage or
 * gives it to a model, the sources it comes from are checked here; the governance module implements
 * it (checking live consents and auditing each use), so the chat module knows only this seam.
 */
export interface SourceConsent {
  /**
   * Of `sourceIds` (the sources of a turn's retrieved passages), those the department may not use
   * now because the consent their dataset needs is missing, revoked or expired. Each consented use
   * is audited (allowed or refused) unless `audit` is false (an editor's preview records nothing).
   */
  refused(use: {
    departmentId: string;
    botId: string;
    sourceIds: readonly string[];
    requestId: string | null;
    audit: boolean;
  }): Promise<ReadonlySet<string>>;
}
