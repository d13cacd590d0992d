import { useQuery } from '@tanstack/react-query';
import { Navigate, useParams } from 'react-router';
import { Page, QueryView } from '../../../components/index.ts';
import { useMessages } from '../../../i18n/index.ts';
import { applicationsQuery } from '../api/catalogue-api.ts';
import { governanceMessages } from '../messages.ts';

/**
 * `/console/governance/bots/:botId`: the application a bot is registered as (the bots feature's
 * refused publication links here by the bot's id, which is all it knows).
 */
export default function BotApplicationPage() {
  const { botId = '' } = useParams();
  const t = useMessages(governanceMessages);
  const applications = useQuery(applicationsQuery);
  return (
    <QueryView query={applications} asPage>
      {(items) => {
        const application = items.find((item) => item.botId === botId);
        return application ? (
          <Navigate to={`/governance/applications/${application.id}`} replace />
        ) : (
          <Page title={t('catalogueTitle')}>
            <p className="muted">{t('noEntries')}</p>
          </Page>
        );
      }}
    </QueryView>
  );
}
