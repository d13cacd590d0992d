import { Link } from 'react-router';
import { useMessages } from '../../../i18n/index.ts';
import { translateMessages } from '../translate-messages.ts';

/** The workspace's way to the department glossary. */
export function GlossaryLink() {
  const t = useMessages(translateMessages);
  return <Link to="glossary">{t('glossaryLink')}</Link>;
}
