import { Route, Routes } from 'react-router';
import '../knowledge.css';
import ReviewPage from './review-page.tsx';
import SourcePage from './source-page.tsx';
import SourcesPage from './sources-page.tsx';

/** `/console/knowledge`: sources and upload; a source's versions; a version's review. */
export default function KnowledgeRoutes() {
  return (
    <Routes>
      <Route index element={<SourcesPage />} />
      <Route path="sources/:sourceId" element={<SourcePage />} />
      <Route path="versions/:versionId" element={<ReviewPage />} />
    </Routes>
  );
}
