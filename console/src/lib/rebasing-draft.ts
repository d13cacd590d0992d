import { useEffect } from 'react';
import { useKept } from './kept-form.ts';

/** A draft moved onto a newer record: the draft, the parts both changed, how many parts others changed. */
export interface Rebased<Draft, Part> {
  draft: Draft;
  clashes: Part[];
  theirs: number;
}

interface Editing<Draft, Part> extends Rebased<Draft, Part> {
  /** The record as read when the draft was made, or last moved: a save sends what changed from it. */
  base: Draft;
}

/**
 * A draft of a record others may change while the officer edits it (assessment answers, a dataset's
 * entry). It keeps its base, so that a save sends only the officer's changes and what they changed
 * from (the server refuses a part someone else has changed otherwise since). Whenever the record is
 * read anew — after a save, or a refusal — the draft moves onto it: `rebase` keeps the officer's
 * changes and names the parts both changed (`clashes`), for which `takeTheirs` puts the other's value
 * back. Kept through an idle sign-out as `keptAs`: with its base, a kept draft cannot undo others' changes.
 * A dialog's draft gives `keptAs: null`: the dialog does not outlive its page, and is made anew each time it opens.
 *
 * @param latest the record as the server holds it now, in the draft's shape
 * @param withTheirs the draft with one part as `theirs` has it
 */
export function useRebasingDraft<Draft, Part>({
  keptAs,
  latest,
  rebase,
  withTheirs,
  samePart = (a, b) => a === b,
}: {
  keptAs: string | null;
  latest: Draft;
  /** Null while the draft cannot be moved (text that does not parse yet): it stays on its base until it can. */
  rebase: (base: Draft, draft: Draft, latest: Draft) => Rebased<Draft, Part> | null;
  withTheirs: (draft: Draft, theirs: Draft, part: Part) => Draft;
  samePart?: (a: Part, b: Part) => boolean;
}) {
  const [editing, setEditing] = useKept<Editing<Draft, Part>>(keptAs, {
    base: latest,
    draft: latest,
    clashes: [],
    theirs: 0,
  });
  const latestJson = JSON.stringify(latest);
  // biome-ignore lint/correctness/useExhaustiveDependencies: also run as the draft changes, since a draft that could not be moved before (text that did not parse) may be movable now
  useEffect(() => {
    setEditing((current) => {
      if (JSON.stringify(current.base) === latestJson) return current;
      const read = JSON.parse(latestJson) as Draft;
      const moved = rebase(current.base, current.draft, read);
      return moved ? { base: read, ...moved } : current;
    });
  }, [latestJson, rebase, setEditing, editing.draft]);
  return {
    ...editing,
    setDraft: (change: (draft: Draft) => Draft) =>
      setEditing((current) => ({ ...current, draft: change(current.draft) })),
    takeTheirs: (part: Part) =>
      setEditing((current) => ({
        ...current,
        draft: withTheirs(current.draft, current.base, part),
        clashes: current.clashes.filter((clash) => !samePart(clash, part)),
      })),
  };
}
