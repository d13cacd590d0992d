import type { AllowlistEntry } from './api/gateway.ts';

const entryName = (entry: AllowlistEntry) => `${entry.provider}/${entry.model}`;

/** What the saved list has that the page did not send (others' additions), and the reverse (others' removals). */
export function theirChanges(sent: AllowlistEntry[], saved: AllowlistEntry[]) {
  const sentNames = new Set(sent.map(entryName));
  const savedNames = new Set(saved.map(entryName));
  return {
    added: [...savedNames].filter((name) => !sentNames.has(name)),
    removed: [...sentNames].filter((name) => !savedNames.has(name)),
  };
}
