import { Page } from '../../../components/index.ts';
import { commonMessages, useMessages } from '../../../i18n/index.ts';

/** Scaffold: the handoffs pages are being built (issue 15). */
export default function HandoffsRoutes() {
  const t = useMessages(commonMessages);
  return <Page title={t('navHandoffs')}>{null}</Page>;
}
