import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { Page, QueryView, Section } from '../../../components/index.ts';
import { useI18n, useMessages } from '../../../i18n/index.ts';
import { jobQuery } from '../api/assistant-api.ts';
import { taskResult } from '../api/task-result.ts';
import { ResultNotes } from '../components/result-notes.tsx';
import { ResultView } from '../components/result-view.tsx';
import { taskLabel } from '../components/task-label.ts';
import { assistantMessages } from '../messages.ts';

/** One task: its progress while it runs (announced), then its result with sources, or the reason it failed. */
export default function JobPage() {
  const t = useMessages(assistantMessages);
  const { format } = useI18n();
  const { jobId = '' } = useParams();
  const job = useQuery(jobQuery(jobId));
  return (
    <QueryView query={job} asPage>
      {(data) => {
        const result = data.status === 'succeeded' ? taskResult(data.result) : null;
        const progress = data.status === 'succeeded' ? 1 : data.progress;
        return (
          <Page
            title={t('jobTitle', { task: t(taskLabel(data.task)) })}
            actions={<Link to="/assistant">{t('backToWorkspace')}</Link>}
          >
            <progress
              className="assistant-progress"
              max={1}
              value={progress}
              aria-label={t('jobProgress')}
              aria-valuetext={format.percent(progress)}
            />
            <p role="status">
              {data.status === 'queued'
                ? t('jobQueued')
                : data.status === 'running'
                  ? `${t('jobRunning', { percent: format.percent(data.progress) })}${data.progressNote ? ` ${t('jobNote', { note: data.progressNote })}` : ''}`
                  : data.status === 'succeeded'
                    ? t('jobDone')
                    : null}
            </p>
            {data.status === 'failed' ? (
              <p className="problem" role="alert">
                {t('jobFailed', { reason: data.error ?? '' })}
              </p>
            ) : null}
            {result ? (
              <>
                <ResultNotes result={result} />
                <ResultView result={result} />
                <Section id="export" title={t('exportSection')}>
                  <ul className="assistant-exports">
                    <li>
                      <a href={`/api/v1/assistant/jobs/${data.id}/export?format=docx`} download>
                        {t('exportDocx')}
                      </a>
                    </li>
                    <li>
                      <a href={`/api/v1/assistant/jobs/${data.id}/export?format=pdf`} download>
                        {t('exportPdf')}
                      </a>
                    </li>
                  </ul>
                </Section>
              </>
            ) : null}
          </Page>
        );
      }}
    </QueryView>
  );
}
