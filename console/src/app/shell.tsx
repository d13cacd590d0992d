import { useQueryClient } from '@tanstack/react-query';
import { memo, useEffect, useRef, useState } from 'react';
import { Button } from 'react-aria-components';
import { NavLink, type NavigateFunction, useNavigate } from 'react-router';
import { LanguageSwitch } from '../components/language-switch.tsx';
import { useSignOut } from '../features/session/index.ts';
import { commonMessages, useI18n, useMessages } from '../i18n/index.ts';
import { useCurrentUser } from '../lib/current-user.tsx';
import { keepWideTablesReachable } from '../lib/wide-tables.ts';
import { NAV_ITEMS } from './nav-items.ts';
import { PageSlots } from './page-slots.tsx';
import { prepareMenuPage } from './pages.ts';

/** The signed-in frame: skip link, banner (department, person, language, sign-out), menu, page. */
export function Shell() {
  const t = useMessages(commonMessages);
  // The router's navigate is stable: the banner is not drawn again on every navigation.
  const navigate = useNavigate();
  const main = useRef<HTMLElement>(null);
  useEffect(() => (main.current ? keepWideTablesReachable(main.current) : undefined), []);
  // The menu entry under the pointer or focus, once its page can be drawn ahead.
  const [ahead, setAhead] = useState<string | null>(null);
  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        {t('skipToContent')}
      </a>
      <Banner navigate={navigate} />
      <Menu onReady={setAhead} />
      <main id="main" className="content" ref={main}>
        <PageSlots ahead={ahead} />
      </main>
    </div>
  );
}

const Banner = memo(function Banner({ navigate }: { navigate: NavigateFunction }) {
  const t = useMessages(commonMessages);
  const { locale } = useI18n();
  const me = useCurrentUser();
  const signOut = useSignOut();
  const department = locale === 'en' ? me.department.nameEn : me.department.nameZh;
  return (
    <header className="banner">
      <span className="brand">
        {t('appName')} <span className="muted">{t('appTagline')}</span>
      </span>
      <span className="banner-user">
        <span>{department}</span>
        <span>{t('signedInAs', { name: me.user.displayName })}</span>
        <LanguageSwitch />
        <Button
          className="button button-quiet"
          isPending={signOut.isPending}
          onPress={() =>
            // biome-ignore lint/plugin/send-once: sign-out leaves the page even when refused (onSettled)
            signOut.mutate(undefined, { onSettled: () => void navigate('/sign-in?signedOut=1', { replace: true }) })
          }
        >
          {t('signOut')}
        </Button>
      </span>
    </header>
  );
});

/**
 * The pages the role may open. Pointing at or tabbing to an entry starts loading its code and first
 * reads; once they are here, `onReady` names the entry, if the pointer or focus is still on it, for
 * its page to be drawn ahead. Leaving the entry says `null`.
 */
const Menu = memo(function Menu({ onReady }: { onReady: (path: string | null) => void }) {
  const t = useMessages(commonMessages);
  const me = useCurrentUser();
  const queryClient = useQueryClient();
  const intended = useRef<string | null>(null);
  const prepare = (path: string) => {
    intended.current = path;
    void prepareMenuPage(queryClient, me, path).then((ready) => {
      if (ready && intended.current === path) onReady(path);
    });
  };
  const leave = () => {
    intended.current = null;
    onReady(null);
  };
  return (
    <nav className="menu" aria-label={t('mainNavigation')}>
      <ul>
        {NAV_ITEMS.filter((item) => me.can(item.permission)).map((item) => (
          <li key={item.path}>
            <NavLink
              to={item.path}
              end={item.path === '/'}
              onPointerEnter={() => prepare(item.path)}
              onFocus={() => prepare(item.path)}
              onPointerLeave={leave}
              onBlur={leave}
            >
              {t(item.label)}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
});
