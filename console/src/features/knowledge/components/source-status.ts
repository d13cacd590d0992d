/** What an officer needs to know about a source at a glance; the list and the source page say it in words. */
export type SourceStatus = 'withdrawn' | 'withdrawalRequested' | 'inReview' | 'published' | 'rejected' | 'draft';

interface SourceLike {
  publishedVersion: number | null;
  withdrawnAt: string | null;
  withdrawalRequestedAt: string | null;
}
interface VersionLike {
  status: 'draft' | 'published' | 'rejected' | 'superseded' | 'withdrawn';
}

/**
 * The source's status from its versions (newest first): a pending draft puts it "in review" even
 * while an older version stays published; a withdrawal (asked or done) outranks everything.
 */
export function sourceStatus(source: SourceLike, versions: readonly VersionLike[]): SourceStatus {
  if (source.withdrawnAt) return 'withdrawn';
  if (source.withdrawalRequestedAt) return 'withdrawalRequested';
  const latest = versions[0];
  if (latest?.status === 'draft') return 'inReview';
  if (source.publishedVersion !== null) return 'published';
  if (latest?.status === 'rejected') return 'rejected';
  return 'draft';
}
