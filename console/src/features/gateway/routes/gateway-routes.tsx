import { Page } from '../../../components/index.ts';
import { commonMessages, useMessages } from '../../../i18n/index.ts';

/** Scaffold: the gateway pages are being built (issue 15). */
export default function GatewayRoutes() {
  const t = useMessages(commonMessages);
  return <Page title={t('navGateway')}>{null}</Page>;
}
