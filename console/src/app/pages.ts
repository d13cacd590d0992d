/** Each page's code, by the first segment of its address ('' is the dashboard). */
export const PAGES = {
  '': () => import('../features/dashboard/routes/dashboard-routes.tsx'),
  bots: () => import('../features/bots/routes/bots-routes.tsx'),
  knowledge: () => import('../features/knowledge/routes/knowledge-routes.tsx'),
  handoffs: () => import('../features/handoffs/routes/handoffs-routes.tsx'),
  guard: () => import('../features/guard/routes/guard-routes.tsx'),
  gateway: () => import('../features/gateway/routes/gateway-routes.tsx'),
  people: () => import('../features/people/routes/people-routes.tsx'),
  audit: () => import('../features/audit/routes/audit-routes.tsx'),
  governance: () => import('../features/governance/routes/governance-routes.tsx'),
  data: () => import('../features/data/routes/data-routes.tsx'),
  assistant: () => import('../features/assistant/routes/assistant-routes.tsx'),
  'sign-in': () => import('../features/session/routes/sign-in-page.tsx'),
} satisfies Record<string, () => Promise<{ default: React.ComponentType }>>;

/**
 * Starts loading the code of the page at `pathname` (`/console/bots/…` or `/bots`): for the page the
 * browser opened, before React first renders (the router would ask only after the app's script has run
 * and rendered once); for a menu entry the pointer or focus is on, before it is chosen.
 */
export function preloadPage(pathname: string): void {
  const segment =
    pathname
      .replace(/^\/console/, '')
      .replace(/^\//, '')
      .split('/')[0] ?? '';
  const load = PAGES[segment as keyof typeof PAGES];
  if (load) void load().catch(() => {});
}
