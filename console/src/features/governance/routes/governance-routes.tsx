import { Route, Routes } from 'react-router';
import '../governance.css';
import ApplicationPage from './application-page.tsx';
import AssessmentPage from './assessment-page.tsx';
import BotApplicationPage from './bot-application-page.tsx';
import CataloguePage from './catalogue-page.tsx';
import IncidentPage from './incident-page.tsx';
import IncidentsPage from './incidents-page.tsx';
import RegisterPage from './register-page.tsx';
import ReviewQueuePage from './review-queue-page.tsx';
import RunPage from './run-page.tsx';
import TransparencyPage from './transparency-page.tsx';

/**
 * The governance pages: the AI tool catalogue, registering an application, an application (risk,
 * assessments, gate, evaluations), an assessment form, the reviewer queue, an evaluation run, an
 * application's transparency notice and the incident register (issue #18).
 */
export default function GovernanceRoutes() {
  return (
    <Routes>
      <Route index element={<CataloguePage />} />
      <Route path="new" element={<RegisterPage />} />
      <Route path="reviews" element={<ReviewQueuePage />} />
      <Route path="applications/:id" element={<ApplicationPage />} />
      <Route path="applications/:id/transparency" element={<TransparencyPage />} />
      <Route path="incidents" element={<IncidentsPage />} />
      <Route path="incidents/:id" element={<IncidentPage />} />
      <Route path="assessments/:id" element={<AssessmentPage />} />
      <Route path="evaluations/:id" element={<RunPage />} />
      <Route path="bots/:botId" element={<BotApplicationPage />} />
    </Routes>
  );
}
