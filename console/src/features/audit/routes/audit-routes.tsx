import { useQuery } from '@tanstack/react-query';
import { Link, Route, Routes, useLocation, useParams, useSearchParams } from 'react-router';
import { Page, QueryView } from '../../../components/index.ts';
import { commonMessages, useMessages } from '../../../i18n/index.ts';
import { auditEntryQuery } from '../api/audit-api.ts';
import { filterFromParams, filterToParams } from '../api/audit-filter.ts';
import { AuditFilters } from '../components/audit-filters.tsx';
import { AuditTable } from '../components/audit-table.tsx';
import { ChainStatus } from '../components/chain-status.tsx';
import { EntryDetail } from '../components/entry-detail.tsx';
import { auditMessages } from '../messages.ts';

export default function AuditRoutes() {
  return (
    <Routes>
      <Route index element={<AuditPage />} />
      <Route path=":seq" element={<EntryPage />} />
    </Routes>
  );
}

/** `/console/audit`: the chain's verdict first, then the search and its entries (the search lives in the address). */
function AuditPage() {
  const t = useMessages(auditMessages);
  const [params, setParams] = useSearchParams();
  const filter = filterFromParams(params);
  const search = params.size > 0 ? `?${params.toString()}` : '';
  return (
    <Page title={t('title')} description={t('description')}>
      <ChainStatus />
      <AuditFilters key={search} value={filter} onApply={(next) => setParams(filterToParams(next))} />
      <AuditTable filter={filter} search={search} />
    </Page>
  );
}

/** `/console/audit/:seq`: one entry; "back" keeps the search it was opened from. */
function EntryPage() {
  const t = useMessages(auditMessages);
  const common = useMessages(commonMessages);
  const { seq: raw } = useParams();
  const { search } = useLocation();
  const seq = Number(raw);
  const valid = Number.isInteger(seq) && seq > 0;
  const entry = useQuery({ ...auditEntryQuery(valid ? seq : 0), enabled: valid });
  return (
    <Page
      title={t('entryTitle', { seq: valid ? seq : (raw ?? '') })}
      actions={
        <Link className="button" to={`..${search}`} relative="path">
          {t('backToList')}
        </Link>
      }
    >
      {valid ? (
        <QueryView query={entry}>
          {(data) => (data ? <EntryDetail entry={data} /> : <p role="alert">{t('entryNotFound', { seq })}</p>)}
        </QueryView>
      ) : (
        <p role="alert">{common('notFoundBody')}</p>
      )}
    </Page>
  );
}
