import { Route, Routes } from 'react-router';
import './handoffs.css';
import CasePage from './case-page.tsx';
import InboxPage from './inbox-page.tsx';

/** The handoff inbox (`/console/handoffs`) and one case (`/console/handoffs/:id`). */
export default function HandoffsRoutes() {
  return (
    <Routes>
      <Route index element={<InboxPage />} />
      <Route path=":id" element={<CasePage />} />
    </Routes>
  );
}
