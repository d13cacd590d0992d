import { useQueries } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useI18n, useMessages } from '../../../i18n/index.ts';
import { type KnowledgeSource, sourceQuery } from '../api/knowledge.ts';
import { knowledgeMessages } from '../messages.ts';
import { SourceStatusBadge } from './status-badge.tsx';
import { sourceStatus } from './source-status.ts';

const KIND_LABEL = { faq: 'kindFaq', document: 'kindDocument', catalogue: 'kindCatalogue' } as const;

/**
 * The department's sources with status, versions and findings. The list route carries no versions,
 * so each row reads its source's versions (one small request per source, cached and shared with
 * the source page); a department holds tens of sources, not thousands.
 */
export function SourcesTable({ sources }: { sources: readonly KnowledgeSource[] }) {
  const t = useMessages(knowledgeMessages);
  const { format } = useI18n();
  const details = useQueries({ queries: sources.map((source) => sourceQuery(source.id)) });
  return (
    <table className="data knowledge-table">
      <caption>{t('sourcesCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('colTitle')}</th>
          <th scope="col">{t('colKind')}</th>
          <th scope="col">{t('colStatus')}</th>
          <th scope="col" className="number">
            {t('colPublished')}
          </th>
          <th scope="col" className="number">
            {t('colLatest')}
          </th>
          <th scope="col" className="number">
            {t('colFindings')}
          </th>
          <th scope="col">{t('colUpdated')}</th>
        </tr>
      </thead>
      <tbody>
        {sources.map((source, index) => {
          const versions = details[index]?.data?.versions;
          const latest = versions?.[0];
          const findings = Array.isArray(latest?.findings) ? latest.findings.length : null;
          return (
            <tr key={source.id}>
              <th scope="row">
                <Link to={`/knowledge/sources/${source.id}`}>{source.title}</Link>
              </th>
              <td>{t(KIND_LABEL[source.kind])}</td>
              <td>{versions ? <SourceStatusBadge status={sourceStatus(source, versions)} /> : '…'}</td>
              <td className="number">
                {source.publishedVersion === null ? t('noPublished') : format.number(source.publishedVersion)}
              </td>
              <td className="number">{latest ? format.number(latest.version) : '…'}</td>
              <td className="number">
                {findings === null ? '…' : findings === 0 ? t('noFindingsShort') : format.number(findings)}
              </td>
              <td>{format.dateTime(source.updatedAt)}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
