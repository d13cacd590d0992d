import { Page } from '../../../components/index.ts';
import { commonMessages, useMessages } from '../../../i18n/index.ts';

/** Scaffold: the dashboard pages are being built (issue 15). */
export default function DashboardRoutes() {
  const t = useMessages(commonMessages);
  return <Page title={t('navDashboard')}>{null}</Page>;
}
