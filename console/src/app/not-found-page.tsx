import { Link } from 'react-router';
import { Page } from '../components/page.tsx';
import { commonMessages, useMessages } from '../i18n/index.ts';

export function NotFoundPage() {
  const t = useMessages(commonMessages);
  return (
    <Page title={t('notFoundTitle')} description={t('notFoundBody')}>
      <Link to="/">{t('backToDashboard')}</Link>
    </Page>
  );
}
