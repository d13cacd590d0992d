import { Route, Routes } from 'react-router';
import '../assistant.css';
import JobPage from './job-page.tsx';
import WorkspacePage from './workspace-page.tsx';

/** The document assistant (`/console/assistant`): the workspace and one task's progress and result. */
export default function AssistantRoutes() {
  return (
    <Routes>
      <Route index element={<WorkspacePage />} />
      <Route path="jobs/:jobId" element={<JobPage />} />
    </Routes>
  );
}
