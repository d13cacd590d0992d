import { type Dispatch, type SetStateAction, useCallback, useEffect, useState } from 'react';
import { useCurrentUser } from './current-user.tsx';

const PREFIX = 'lionrock.kept.';

const storage = (): Storage | undefined => {
  try {
    return globalThis.sessionStorage;
  } catch {
    return undefined; // storage refused (privacy settings): nothing is kept
  }
};

function read<T>(slot: string): T | undefined {
  const json = storage()?.getItem(slot);
  if (json == null) return undefined;
  try {
    return JSON.parse(json) as T;
  } catch {
    return undefined;
  }
}

/**
 * What an officer is typing (a reply to a citizen, a draft's edit, a new record), kept in this
 * tab until the server has it: when the session idles out, the press of Send leads to sign-in and back
 * to the page, which would otherwise come back empty. Kept per signed-in person and per tab
 * (sessionStorage: gone with the tab), and forgotten on sign-out and when someone else signs in here
 * (forgetKeptForms). Only for forms with no base that may change under them (a new text, a new
 * record, an edit of one fixed version), or whose saving names its base so that the server keeps
 * what others changed since (the bot editor's `baseVersion`): a kept copy of an edited record
 * could otherwise undo someone else's later change.
 *
 * @param key what it is kept as; null keeps nothing (a dialog, which does not outlive its page: kept, a cancelled one would open again with its edits)
 * @param initial what the form holds when nothing was kept (a draft's current text); equal to it, nothing is kept
 * @returns the value, its setter, and `sent` to call once the server has it (the form goes back to `initial`)
 */
export function useKept<T>(key: string | null, initial: T): [T, Dispatch<SetStateAction<T>>, () => void] {
  const me = useCurrentUser();
  const slot = key === null ? null : `${PREFIX}${me.user.id}.${key}`;
  const [value, setValue] = useState<T>(() => (slot === null ? undefined : read<T>(slot)) ?? initial);
  const initialJson = JSON.stringify(initial);
  useEffect(() => {
    if (slot === null) return;
    const json = JSON.stringify(value);
    if (json === initialJson) storage()?.removeItem(slot);
    else storage()?.setItem(slot, json);
  }, [slot, value, initialJson]);
  const sent = useCallback(() => {
    // Also when the form has left the page with the answer (a replied case has no reply form).
    if (slot !== null) storage()?.removeItem(slot);
    setValue(JSON.parse(initialJson) as T);
  }, [slot, initialJson]);
  return [value, setValue, sent];
}

/** Forgets every kept form, or every one but `userId`'s (the person now signed in in this tab). */
export function forgetKeptForms(userId?: string): void {
  const kept = storage();
  if (!kept) return;
  const mine = userId === undefined ? null : `${PREFIX}${userId}.`;
  for (const key of Object.keys(kept)) {
    if (key.startsWith(PREFIX) && (mine === null || !key.startsWith(mine))) kept.removeItem(key);
  }
}
