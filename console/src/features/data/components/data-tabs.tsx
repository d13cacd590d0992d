import { NavLink } from 'react-router';
import { useMessages } from '../../../i18n/index.ts';
import { useCurrentUser } from '../../../lib/current-user.tsx';
import { dataMessages } from '../messages.ts';

/** The data governance pages, one link each (the current one marked `aria-current="page"`). */
export function DataTabs() {
  const t = useMessages(dataMessages);
  const me = useCurrentUser();
  return (
    <nav className="data-tabs" aria-label={t('dataNav')}>
      <ul>
        <li>
          <NavLink to="/data" end>
            {t('tabCatalogue')}
          </NavLink>
        </li>
        <li>
          <NavLink to="/data/consents">{t('tabConsents')}</NavLink>
        </li>
        {me.can('knowledge:read') ? (
          <li>
            <NavLink to="/data/open-data">{t('tabOpenData')}</NavLink>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
