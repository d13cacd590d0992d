import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Page, QueryView, Section } from '../../../components/index.ts';
import { useMessages } from '../../../i18n/index.ts';
import { documentsQuery, jobsQuery } from '../api/assistant-api.ts';
import { DocumentsTable } from '../components/documents-table.tsx';
import { JobsTable } from '../components/jobs-table.tsx';
import { TaskForm } from '../components/task-form.tsx';
import { UploadDocumentForm } from '../components/upload-document-form.tsx';
import { DraftsLink } from '../components/draft-link.tsx';
import { GlossaryLink } from '../components/glossary-link.tsx';
import { assistantMessages } from '../messages.ts';

/** The officer's workspace: documents, a task to run on them, and the department's recent tasks. */
export default function WorkspacePage() {
  const t = useMessages(assistantMessages);
  const documents = useQuery(documentsQuery);
  const jobs = useQuery(jobsQuery);
  const [deleted, setDeleted] = useState<string | null>(null);
  return (
    <Page
      title={t('workspaceTitle')}
      description={t('workspaceIntro')}
      actions={
        <>
          <DraftsLink /> <GlossaryLink />
        </>
      }
    >
      <Section id="documents" title={t('documentsSection')}>
        <QueryView query={documents}>
          {(items) =>
            items.length === 0 ? <p>{t('noDocuments')}</p> : <DocumentsTable documents={items} onDeleted={setDeleted} />
          }
        </QueryView>
        <p role="status">{deleted}</p>
      </Section>
      <Section id="upload" title={t('uploadSection')}>
        <UploadDocumentForm />
      </Section>
      <Section id="task" title={t('taskSection')}>
        <QueryView query={documents}>{(items) => <TaskForm documents={items} />}</QueryView>
      </Section>
      <Section id="jobs" title={t('jobsSection')}>
        <QueryView query={jobs}>
          {(items) => (items.length === 0 ? <p>{t('noJobs')}</p> : <JobsTable jobs={items} />)}
        </QueryView>
      </Section>
    </Page>
  );
}
