import { Page } from '../../../components/index.ts';
import { commonMessages, useMessages } from '../../../i18n/index.ts';

/** Scaffold: the people pages are being built (issue 15). */
export default function PeopleRoutes() {
  const t = useMessages(commonMessages);
  return <Page title={t('navPeople')}>{null}</Page>;
}
