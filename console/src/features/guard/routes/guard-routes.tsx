import { Route, Routes } from 'react-router';
import GuardPage from './guard-page.tsx';
import '../guard.css';

/** The guard page (`/console/guard`). */
export default function GuardRoutes() {
  return (
    <Routes>
      <Route index element={<GuardPage />} />
    </Routes>
  );
}
