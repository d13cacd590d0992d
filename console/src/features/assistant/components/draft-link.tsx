import { Link } from 'react-router';
import { useMessages } from '../../../i18n/index.ts';
import { draftMessages } from '../draft-messages.ts';

/** The workspace's way to the drafts. */
export function DraftsLink() {
  const t = useMessages(draftMessages);
  return <Link to="drafts">{t('draftsLink')}</Link>;
}
