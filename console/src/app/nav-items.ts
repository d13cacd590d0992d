import type { commonMessages } from '../i18n/index.ts';
import type { Permission } from '../lib/current-user.tsx';

type CommonKey = keyof (typeof commonMessages)['en'];

/**
 * The console's pages, in menu order, each with the permission it needs: the menu shows only what
 * the signed-in role may open (the server refuses the rest anyway).
 */
export const NAV_ITEMS: ReadonlyArray<{ path: string; label: CommonKey; permission: Permission }> = [
  { path: '/', label: 'navDashboard', permission: 'bot:read' },
  { path: '/bots', label: 'navBots', permission: 'bot:read' },
  { path: '/knowledge', label: 'navKnowledge', permission: 'knowledge:read' },
  { path: '/handoffs', label: 'navHandoffs', permission: 'handoff:work' },
  { path: '/guard', label: 'navGuard', permission: 'guard:scan' },
  { path: '/gateway', label: 'navGateway', permission: 'gateway:read' },
  { path: '/people', label: 'navPeople', permission: 'key:own' },
  { path: '/assistant', label: 'navAssistant', permission: 'assistant:use' },
  { path: '/audit', label: 'navAudit', permission: 'audit:read' },
  { path: '/governance', label: 'navGovernance', permission: 'governance:read' },
  { path: '/data', label: 'navData', permission: 'governance:read' },
];
