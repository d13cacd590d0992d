import { Page } from '../../../components/index.ts';
import { commonMessages, useMessages } from '../../../i18n/index.ts';

/** Scaffold: the guard pages are being built (issue 15). */
export default function GuardRoutes() {
  const t = useMessages(commonMessages);
  return <Page title={t('navGuard')}>{null}</Page>;
}
