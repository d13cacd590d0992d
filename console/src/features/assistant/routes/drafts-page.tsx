import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { Page, QueryView, Section } from '../../../components/index.ts';
import { useMessages } from '../../../i18n/index.ts';
import { draftsQuery, draftTemplatesQuery } from '../api/drafts-api.ts';
import { DraftForm } from '../components/draft-form.tsx';
import { DraftListTable } from '../components/draft-list-table.tsx';
import { draftMessages } from '../draft-messages.ts';

/** The department's drafts and a new draft from a template. */
export default function DraftsPage() {
  const t = useMessages(draftMessages);
  const templates = useQuery(draftTemplatesQuery);
  const drafts = useQuery(draftsQuery);
  return (
    <Page
      title={t('draftsTitle')}
      description={t('draftsIntro')}
      actions={<Link to="/assistant">{t('backToWorkspace')}</Link>}
    >
      <Section id="drafts" title={t('listSection')}>
        <QueryView query={drafts}>
          {(items) =>
            items.length === 0 ? (
              <p>{t('noDrafts')}</p>
            ) : (
              <DraftListTable drafts={items} templates={templates.data ?? []} />
            )
          }
        </QueryView>
      </Section>
      <Section id="new-draft" title={t('newSection')}>
        <QueryView query={templates}>{(items) => <DraftForm templates={items} />}</QueryView>
      </Section>
    </Page>
  );
}
