import { Link } from 'react-router';
import { languageOfText, useI18n, useMessages } from '../../../i18n/index.ts';
import type { KnowledgeSource } from '../api/knowledge.ts';
import { knowledgeMessages } from '../messages.ts';
import { SourceStatusBadge } from './status-badge.tsx';
import { sourceStatus } from './source-status.ts';

const KIND_LABEL = { faq: 'kindFaq', document: 'kindDocument', catalogue: 'kindCatalogue' } as const;

/** The department's sources with status, published and latest version and the latest version's findings. */
export function SourcesTable({ sources }: { sources: readonly KnowledgeSource[] }) {
  const t = useMessages(knowledgeMessages);
  const { format } = useI18n();
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
        {sources.map((source) => {
          const latest = source.latestVersion;
          return (
            <tr key={source.id}>
              <th scope="row">
                <Link to={`/knowledge/sources/${source.id}`} lang={languageOfText(source.title)}>
                  {source.title}
                </Link>
              </th>
              <td>{t(KIND_LABEL[source.kind])}</td>
              <td>
                <SourceStatusBadge status={sourceStatus(source, latest ? [latest] : [])} />
              </td>
              <td className="number">
                {source.publishedVersion === null ? t('noPublished') : format.number(source.publishedVersion)}
              </td>
              <td className="number">{latest ? format.number(latest.version) : t('noPublished')}</td>
              <td className="number">
                {!latest || latest.findingsCount === 0 ? t('noFindingsShort') : format.number(latest.findingsCount)}
              </td>
              <td>{format.dateTime(source.updatedAt)}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
