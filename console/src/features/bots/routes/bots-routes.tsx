import { Page } from '../../../components/index.ts';
import { commonMessages, useMessages } from '../../../i18n/index.ts';

/** Scaffold: the bots pages are being built (issue 15). */
export default function BotsRoutes() {
  const t = useMessages(commonMessages);
  return <Page title={t('navBots')}>{null}</Page>;
}
