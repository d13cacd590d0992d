import { Route, Routes } from 'react-router';
import '../data.css';
import CataloguePage from './catalogue-page.tsx';
import ConsentsPage from './consents-page.tsx';
import DatasetPage from './dataset-page.tsx';
import NewDatasetPage from './new-dataset-page.tsx';
import OpenDataPage from './open-data-page.tsx';

/**
 * The data governance pages (issue #18): the departmental data catalogue, a dataset with its lineage,
 * consents and consent requests between departments, and the open-data search.
 */
export default function DataRoutes() {
  return (
    <Routes>
      <Route index element={<CataloguePage />} />
      <Route path="datasets/new" element={<NewDatasetPage />} />
      <Route path="datasets/:id" element={<DatasetPage />} />
      <Route path="consents" element={<ConsentsPage />} />
      <Route path="open-data" element={<OpenDataPage />} />
    </Routes>
  );
}
