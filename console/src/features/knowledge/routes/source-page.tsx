import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { Page, QueryView, Section } from '../../../components/index.ts';
import { useI18n, useMessages } from '../../../i18n/index.ts';
import { type SourceDetail, sourceQuery } from '../api/knowledge.ts';
import { usePersonName } from '../../../components/index.ts';
import { sourceStatus } from '../components/source-status.ts';
import { SourceStatusBadge } from '../components/status-badge.tsx';
import { VersionsTable } from '../components/versions-table.tsx';
import { WithdrawalPanel } from '../components/withdrawal-panel.tsx';
import { knowledgeMessages } from '../messages.ts';

/** One source: its status, versions (review, rollback) and withdrawal. */
export default function SourcePage() {
  const { sourceId = '' } = useParams();
  const t = useMessages(knowledgeMessages);
  const detail = useQuery(sourceQuery(sourceId));
  return (
    <QueryView query={detail} asPage>
      {(data) => (
        <Page
          title={t('sourceTitle')}
          titleData={{ title: data.source.title }}
          actions={<Link to="/knowledge">{t('backToSources')}</Link>}
        >
          <SourceFacts detail={data} />
          <Section id="knowledge-versions" title={t('versionsTitle')}>
            <VersionsTable detail={data} />
          </Section>
          <Section id="knowledge-withdraw" title={t('withdrawTitle')}>
            <WithdrawalPanel source={data.source} people={data.people} />
          </Section>
        </Page>
      )}
    </QueryView>
  );
}

function SourceFacts({ detail }: { detail: SourceDetail }) {
  const t = useMessages(knowledgeMessages);
  const { format } = useI18n();
  const person = usePersonName(detail.people);
  const { source } = detail;
  return (
    <Section id="knowledge-source-details" title={t('sourceDetails')}>
      <dl className="facts">
        <dt>{t('colStatus')}</dt>
        <dd>
          <SourceStatusBadge status={sourceStatus(source, detail.versions)} />
        </dd>
        <dt>{t('colPublished')}</dt>
        <dd>{source.publishedVersion === null ? t('noPublished') : format.number(source.publishedVersion)}</dd>
        <dt>{t('origin')}</dt>
        <dd>{source.origin}</dd>
        <dt>{t('botLabel')}</dt>
        <dd>{source.botId ?? t('allBots')}</dd>
        <dt>{t('createdBy')}</dt>
        <dd>
          {person(source.createdBy)} · {format.dateTime(source.createdAt)}
        </dd>
      </dl>
    </Section>
  );
}
