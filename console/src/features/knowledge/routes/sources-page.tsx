import { useQuery } from '@tanstack/react-query';
import { Page, QueryView, Section } from '../../../components/index.ts';
import { useMessages } from '../../../i18n/index.ts';
import { useCurrentUser } from '../../../lib/current-user.tsx';
import { sourcesQuery } from '../api/knowledge.ts';
import { ImportAddressForm } from '../components/import-address-form.tsx';
import { SourcesTable } from '../components/sources-table.tsx';
import { UploadFileForm } from '../components/upload-file-form.tsx';
import { knowledgeMessages } from '../messages.ts';

/** The department's knowledge sources and, for editors, the ways to add more. */
export default function SourcesPage() {
  const t = useMessages(knowledgeMessages);
  const me = useCurrentUser();
  const sources = useQuery(sourcesQuery);
  return (
    <Page title={t('sourcesTitle')} description={t('sourcesIntro')}>
      <Section id="knowledge-sources" title={t('sourcesSection')}>
        <QueryView query={sources}>{(items) => <SourcesTable sources={items} />}</QueryView>
      </Section>
      {me.can('knowledge:write') ? (
        <>
          <Section id="knowledge-upload" title={t('uploadFileTitle')}>
            <UploadFileForm />
          </Section>
          <Section id="knowledge-import" title={t('addressTitle')}>
            <ImportAddressForm />
          </Section>
        </>
      ) : null}
    </Page>
  );
}
