import { Page } from '../../../components/index.ts';
import { commonMessages, useMessages } from '../../../i18n/index.ts';

/** Scaffold: the knowledge pages are being built (issue 15). */
export default function KnowledgeRoutes() {
  const t = useMessages(commonMessages);
  return <Page title={t('navKnowledge')}>{null}</Page>;
}
