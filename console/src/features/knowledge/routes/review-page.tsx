import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { MessageWithData, Page, QueryView, Section } from '../../../components/index.ts';
import { useI18n, useMessages } from '../../../i18n/index.ts';
import { sourceQuery, type VersionDetail, versionQuery } from '../api/knowledge.ts';
import { DiffView } from '../components/diff-view.tsx';
import { readFindings } from '../components/draft-finding.ts';
import { EntriesTable } from '../components/entries-table.tsx';
import { FindingsTable } from '../components/findings-table.tsx';
import { usePersonName } from '../../../components/index.ts';
import { ReviewDecision } from '../components/review-decision.tsx';
import { VersionStatusBadge } from '../components/status-badge.tsx';
import { knowledgeMessages } from '../messages.ts';

/** The approver's page: what changed, what the scan found, every entry, and the decision. */
export default function ReviewPage() {
  const { versionId = '' } = useParams();
  const version = useQuery(versionQuery(versionId));
  return (
    <QueryView query={version} asPage>
      {(data) => <Review key={data.version.id} detail={data} />}
    </QueryView>
  );
}

function Review({ detail }: { detail: VersionDetail }) {
  const t = useMessages(knowledgeMessages);
  const { format } = useI18n();
  const person = usePersonName(detail.people);
  const { version, chunks } = detail;
  // The decision stays on the page after it is taken, so its outcome is announced and readable.
  const [reviewable] = useState(version.status === 'draft');
  const source = useQuery(sourceQuery(version.sourceId));
  const title = source.data?.source.title ?? '…';
  const findings = readFindings(version.findings);
  return (
    <Page
      title={t('reviewTitle', { version: version.version })}
      titleData={{ title }}
      description={t('reviewIntro')}
      actions={<Link to={`/knowledge/sources/${version.sourceId}`}>{t('backToSource')}</Link>}
    >
      <p>
        <VersionStatusBadge status={version.status} />{' '}
        {t('editedBy', { name: person(version.editorId), date: format.dateTime(version.createdAt) })}
        {version.reviewerId && version.reviewedAt
          ? ` · ${t('reviewedBy', { name: person(version.reviewerId), date: format.dateTime(version.reviewedAt) })}`
          : null}
      </p>
      {version.rejectReason ? (
        <p className="notice">
          <MessageWithData template={t('rejectedBecause')} data={{ reason: version.rejectReason }} />
        </p>
      ) : null}
      {version.overrideReason ? (
        <p className="notice">
          <MessageWithData template={t('overriddenBecause')} data={{ reason: version.overrideReason }} />
        </p>
      ) : null}
      <Section id="knowledge-findings" title={t('findingsTitle', { count: format.number(findings.length) })}>
        <FindingsTable findings={findings} chunks={chunks} />
      </Section>
      <Section id="knowledge-diff" title={t('diffTitle')}>
        <DiffView diff={version.diff} version={version.version} />
      </Section>
      {reviewable ? (
        <Section id="knowledge-decision" title={t('decisionTitle')}>
          <ReviewDecision version={version} findingsCount={findings.length} />
        </Section>
      ) : null}
      <Section id="knowledge-entries" title={t('entriesTitle', { count: format.number(chunks.length) })}>
        <EntriesTable chunks={chunks} version={version.version} />
      </Section>
    </Page>
  );
}
