import { Activity, memo, useMemo } from 'react';
import { type Location, Route, Routes, useLocation } from 'react-router';
import { NotFoundPage } from './not-found-page.tsx';
import { PageCode } from './page-code.tsx';
import { isPageName, PAGES, type PageName, pageOf } from './pages.ts';

/** The signed-in pages, each under the first segment of its address; a feature routes the rest. */
const PAGE_ROUTES = (
  <>
    <Route index element={<PageCode name="" />} />
    {(Object.keys(PAGES) as PageName[])
      .filter((name) => name !== '' && name !== 'sign-in')
      .map((name) => (
        <Route key={name} path={`${name}/*`} element={<PageCode name={name} />} />
      ))}
    <Route path="*" element={<NotFoundPage />} />
  </>
);

/**
 * The page at the address and, hidden, the one the officer is about to open (`ahead`: the menu entry
 * under the pointer or focus, once its code and first reads are here). React draws the hidden page
 * while the officer is still pressing; choosing it then only shows it, instead of drawing it after
 * the click. A hidden page runs no effect (no focus, title, polling) until shown, and keeps its place
 * by its page's name, so the one shown is the very tree drawn ahead.
 */
export function PageSlots({ ahead }: { ahead: string | null }) {
  const location = useLocation();
  const shown = slotOf(location.pathname);
  const aheadLocation = useMemo(() => (ahead === null ? null : pageAddress(ahead)), [ahead]);
  return (
    <>
      <Slot key={shown} location={location} hidden={false} />
      {aheadLocation && slotOf(aheadLocation.pathname) !== shown ? (
        <Slot key={slotOf(aheadLocation.pathname)} location={aheadLocation} hidden />
      ) : null}
    </>
  );
}

/** Memoised: the page shown is not drawn again when the one ahead changes. */
const Slot = memo(function Slot({ location, hidden }: { location: Location; hidden: boolean }) {
  return (
    <Activity mode={hidden ? 'hidden' : 'visible'}>
      <Routes location={location}>{PAGE_ROUTES}</Routes>
    </Activity>
  );
});

/** A page's place among the slots: its name, or one place for every address no page has. */
function slotOf(pathname: string): string {
  const name = pageOf(pathname);
  return isPageName(name) ? `page:${name}` : 'not-found';
}

/** The address of a menu entry, as the router would give it once chosen. */
function pageAddress(pathname: string): Location {
  return { pathname, search: '', hash: '', state: null, key: 'ahead' };
}
