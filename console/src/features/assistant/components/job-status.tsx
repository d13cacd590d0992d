import { useI18n, useMessages } from '../../../i18n/index.ts';
import type { AssistantJob } from '../api/assistant-api.ts';
import { assistantMessages } from '../messages.ts';

/** A task's state in words (never by colour alone). */
export function JobStatus({ job }: { job: Pick<AssistantJob, 'status' | 'progress'> }) {
  const t = useMessages(assistantMessages);
  const { format } = useI18n();
  switch (job.status) {
    case 'queued':
      return <>{t('statusQueued')}</>;
    case 'running':
      return <>{t('statusRunning', { percent: format.percent(job.progress) })}</>;
    case 'succeeded':
      return <span className="badge badge-ok">{t('statusSucceeded')}</span>;
    case 'failed':
      return <span className="badge badge-danger">{t('statusFailed')}</span>;
  }
}
