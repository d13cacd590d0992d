import { Link } from 'react-router';
import { useI18n, useMessages } from '../../../i18n/index.ts';
import type { AssistantJob } from '../api/assistant-api.ts';
import { assistantMessages } from '../messages.ts';
import { JobStatus } from './job-status.tsx';
import { taskLabel } from './task-label.ts';

/** The department's recent tasks, each linking to its progress or result. */
export function JobsTable({ jobs }: { jobs: readonly AssistantJob[] }) {
  const t = useMessages(assistantMessages);
  const { format } = useI18n();
  return (
    <table className="data">
      <caption>{t('jobsCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('colTask')}</th>
          <th scope="col">{t('colStatus')}</th>
          <th scope="col">{t('colStarted')}</th>
          <th scope="col">{t('colBy')}</th>
        </tr>
      </thead>
      <tbody>
        {jobs.map((job) => (
          <tr key={job.id}>
            <th scope="row">
              <Link to={`jobs/${job.id}`}>{t(taskLabel(job.task))}</Link>
            </th>
            <td>
              <JobStatus job={job} />
            </td>
            <td>{format.dateTime(job.createdAt)}</td>
            <td>{job.createdBy}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
