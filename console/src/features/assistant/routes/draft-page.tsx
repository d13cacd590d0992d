import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { Page, QueryView, Section } from '../../../components/index.ts';
import { useI18n, useMessages } from '../../../i18n/index.ts';
import { draftQuery, draftTemplatesQuery } from '../api/drafts-api.ts';
import { DraftApproval } from '../components/draft-approval.tsx';
import { DraftEditForm } from '../components/draft-edit-form.tsx';
import { DraftIssues } from '../components/draft-issues.tsx';
import { inLocale, LANGUAGE_LABEL, STATUS_LABEL } from '../components/draft-labels.ts';
import { DraftParagraphs } from '../components/draft-paragraphs.tsx';
import { DraftRegenerate } from '../components/draft-regenerate.tsx';
import { DraftVersions } from '../components/draft-versions.tsx';
import { draftMessages } from '../draft-messages.ts';

/**
 * The draft editor: the current version's paragraphs with who wrote each, the issue report, an edit
 * saved as a new version, writing again with a model, every version, and approval and finalising.
 */
export default function DraftPage() {
  const t = useMessages(draftMessages);
  const { locale } = useI18n();
  const { draftId = '' } = useParams();
  const draft = useQuery(draftQuery(draftId));
  const templates = useQuery(draftTemplatesQuery);
  const [shown, setShown] = useState<number | null>(null);
  const [said, setSaid] = useState('');
  return (
    <QueryView query={draft} asPage>
      {(data) => {
        const current = data.versions.at(-1);
        const template = templates.data?.find((entry) => entry.id === data.templateId);
        const reportOf = shown ?? data.currentVersion;
        const announce = (message: string) => {
          setShown(null);
          setSaid(message);
        };
        return (
          <Page
            title={t('draftTitle')}
            titleData={{ title: data.title }}
            description={t('draftMeta', {
              template: template ? inLocale(template.title, locale) : data.templateId,
              language: t(LANGUAGE_LABEL[data.language]),
              version: data.currentVersion,
              status: t(STATUS_LABEL[data.status]),
            })}
            actions={<Link to="/assistant/drafts">{t('backToDrafts')}</Link>}
          >
            <p role="status">{said}</p>
            {data.note ? <p className="muted">{inLocale(data.note, locale)}</p> : null}
            {current ? (
              <Section id="paragraphs" title={t('paragraphsSection', { version: current.version })}>
                <DraftParagraphs draft={data} version={current} />
              </Section>
            ) : null}
            <Section id="issues" title={t('issuesSection', { version: reportOf })}>
              <DraftIssues draft={data} version={reportOf} />
            </Section>
            {data.status !== 'finalised' ? (
              <>
                <Section id="edit" title={t('editSection')}>
                  <DraftEditForm key={data.currentVersion} draft={data} onSaved={announce} />
                </Section>
                <Section id="regenerate" title={t('regenerateSection')}>
                  <DraftRegenerate draft={data} onDone={announce} />
                </Section>
              </>
            ) : null}
            <Section id="approval" title={t('approvalSection')}>
              <DraftApproval draft={data} onDone={announce} />
            </Section>
            <Section id="versions" title={t('versionsSection')}>
              <DraftVersions draft={data} shown={reportOf} onShow={setShown} />
            </Section>
          </Page>
        );
      }}
    </QueryView>
  );
}
