import { Route, Routes } from 'react-router';
import '../assistant.css';
import DraftPage from './draft-page.tsx';
import DraftsPage from './drafts-page.tsx';
import GlossaryPage from './glossary-page.tsx';
import JobPage from './job-page.tsx';
import WorkspacePage from './workspace-page.tsx';

/** The document assistant (`/console/assistant`): the workspace, one task's progress and result, the drafts. */
export default function AssistantRoutes() {
  return (
    <Routes>
      <Route index element={<WorkspacePage />} />
      <Route path="jobs/:jobId" element={<JobPage />} />
      <Route path="drafts" element={<DraftsPage />} />
      <Route path="drafts/:draftId" element={<DraftPage />} />
      <Route path="glossary" element={<GlossaryPage />} />
    </Routes>
  );
}
