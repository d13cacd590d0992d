import { useCallback, useState } from 'react';
import { useCurrentUser } from './current-user.tsx';

const PREFIX = 'lionrock.kept.';

const storage = (): Storage | undefined => {
  try {
    return globalThis.sessionStorage;
  } catch {
    return undefined; // storage refused (privacy settings): the text is simply not kept
  }
};

/**
 * Text an officer is typing (a reply to a citizen, a draft's edit), kept in this tab until it is sent:
 * when the session idles out, the press of Send leads to sign-in and back to the page, which would
 * otherwise come back empty. Kept per signed-in person and per tab (sessionStorage: gone with the
 * tab), and forgotten on sign-out and when someone else signs in here (forgetKeptText).
 *
 * @param initial what the field holds when nothing was kept (a draft's current text)
 * @returns the text, its setter, and `sent` to call once the server has it (the field empties)
 */
export function useKeptText(key: string, initial = ''): [string, (text: string) => void, () => void] {
  const me = useCurrentUser();
  const slot = `${PREFIX}${me.user.id}.${key}`;
  const [text, setText] = useState(() => storage()?.getItem(slot) ?? initial);
  const keep = useCallback(
    (next: string) => {
      setText(next);
      if (next === initial) storage()?.removeItem(slot);
      else storage()?.setItem(slot, next);
    },
    [slot, initial],
  );
  const sent = useCallback(() => {
    setText('');
    storage()?.removeItem(slot);
  }, [slot]);
  return [text, keep, sent];
}

/** Forgets every kept text, or every one but `userId`'s (the person now signed in in this tab). */
export function forgetKeptText(userId?: string): void {
  const kept = storage();
  if (!kept) return;
  const mine = userId === undefined ? null : `${PREFIX}${userId}.`;
  for (const key of Object.keys(kept)) {
    if (key.startsWith(PREFIX) && (mine === null || !key.startsWith(mine))) kept.removeItem(key);
  }
}
