import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { Link } from 'react-router';
import { ProblemMessage } from '../../../components/index.ts';
import { useI18n, useMessages } from '../../../i18n/index.ts';
import { jobQuery, knowledgeQueryKey } from '../api/knowledge.ts';
import { knowledgeMessages } from '../messages.ts';

interface JobResult {
  outcome?: string;
  sourceId?: string;
  versionId?: string;
  version?: number;
}

/**
 * A queued import's progress, polled until it ends: announced politely while it runs (a live region),
 * assertively with the server's reason when it fails, with a link to the draft when it succeeds.
 */
export function JobProgress({ jobId }: { jobId: string }) {
  const t = useMessages(knowledgeMessages);
  const { format } = useI18n();
  const job = useQuery(jobQuery(jobId));
  const queryClient = useQueryClient();
  const finished = job.data?.status === 'succeeded';
  useEffect(() => {
    // The new draft appears in the sources list as soon as the job has made it.
    if (finished) void queryClient.invalidateQueries({ queryKey: knowledgeQueryKey });
  }, [finished, queryClient]);
  if (job.isError) return <ProblemMessage error={job.error} onRetry={() => void job.refetch()} />;
  const data = job.data;
  const result = (data?.result ?? {}) as JobResult;
  const progress = data?.status === 'succeeded' ? 1 : (data?.progress ?? 0);
  return (
    <div className="job-progress">
      <progress max={1} value={progress} aria-label={t('jobTitle')} aria-valuetext={format.percent(progress)} />
      <p role="status">
        {!data || data.status === 'queued'
          ? t('jobQueued')
          : data.status === 'running'
            ? t('jobRunning', { percent: format.percent(data.progress) })
            : data.status === 'succeeded'
              ? result.outcome === 'unchanged'
                ? t('jobSucceededUnchanged', { version: result.version ?? '' })
                : t('jobSucceeded', { version: result.version ?? '' })
              : null}
        {data?.progressNote && data.status === 'running' ? ` ${t('jobNote', { note: data.progressNote })}` : null}
      </p>
      {data?.status === 'failed' ? (
        <p className="problem" role="alert">
          {t('jobFailed', { reason: data.error ?? '' })}
        </p>
      ) : null}
      {data?.status === 'succeeded' && result.versionId && result.outcome !== 'unchanged' ? (
        <p>
          <Link to={`/knowledge/versions/${result.versionId}`}>{t('openReview')}</Link>
        </p>
      ) : null}
    </div>
  );
}
