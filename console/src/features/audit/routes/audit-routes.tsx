import { Page } from '../../../components/index.ts';
import { commonMessages, useMessages } from '../../../i18n/index.ts';

/** Scaffold: the audit pages are being built (issue 15). */
export default function AuditRoutes() {
  const t = useMessages(commonMessages);
  return <Page title={t('navAudit')}>{null}</Page>;
}
