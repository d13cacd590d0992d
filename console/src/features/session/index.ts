/** Signing in and out; the gate around the signed-in shell. */
export { sessionQuery, useSignOut } from './api/session.ts';
export { RequireSession } from './components/require-session.tsx';
