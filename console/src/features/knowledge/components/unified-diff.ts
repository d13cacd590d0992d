/**
 * A version's diff, read for people: the server stores a unified diff of the extracted text
 * (`createTwoFilesPatch`, 2 lines of context); an approver needs the lines added, removed and
 * changed, each marked in words as well as colour.
 */
export type DiffEntry =
  | { kind: 'added'; line: number; after: string }
  | { kind: 'removed'; line: number; before: string }
  | { kind: 'changed'; line: number; before: string; after: string };

export interface ParsedDiff {
  entries: DiffEntry[];
  added: number;
  removed: number;
  changed: number;
}

const HUNK = /^@@ -(\d+)(?:,\d+)? \+(\d+)(?:,\d+)? @@/;

/**
 * Reads the hunks into entries. Versions are rendered one block per FAQ entry or passage, blocks
 * separated by a blank line, so lines are grouped back into blocks: a run of removed lines followed
 * by added ones is a change (line by line), what is left over is added or removed, one entry per block.
 *
 * @example parseUnifiedDiff('@@ -1 +1 @@\n-fee $80\n+fee $90\n').entries
 * // [{ kind: 'changed', line: 1, before: 'fee $80', after: 'fee $90' }]
 */
export function parseUnifiedDiff(diff: string): ParsedDiff {
  const entries: DiffEntry[] = [];
  let newLine = 0;
  let removedRun: Array<{ text: string; line: number }> = [];
  let addedRun: Array<{ text: string; line: number }> = [];
  const flush = () => {
    const removed = removedRun.filter((item) => item.text.trim());
    const added = addedRun.filter((item) => item.text.trim());
    const pairs = removed.length > 0 && added.length > 0 ? Math.min(removed.length, added.length) : 0;
    for (let i = 0; i < pairs; i += 1) {
      const before = removed[i];
      const after = added[i];
      // A last line that only gained its newline ("\\ No newline at end of file") is not a change.
      if (before && after && before.text !== after.text) {
        entries.push({ kind: 'changed', line: after.line, before: before.text, after: after.text });
      }
    }
    for (const block of blocks(removedRun, pairs)) {
      entries.push({ kind: 'removed', line: block.line, before: block.text });
    }
    for (const block of blocks(addedRun, pairs)) {
      entries.push({ kind: 'added', line: block.line, after: block.text });
    }
    removedRun = [];
    addedRun = [];
  };
  let inHunk = false;
  for (const raw of diff.split('\n')) {
    const hunk = HUNK.exec(raw);
    if (hunk) {
      flush();
      inHunk = true;
      newLine = Number(hunk[2]);
      continue;
    }
    if (!inHunk) continue;
    const mark = raw[0];
    const text = raw.slice(1);
    if (mark === '-') {
      if (addedRun.length > 0) flush();
      removedRun.push({ text, line: newLine });
    } else if (mark === '+') {
      addedRun.push({ text, line: newLine });
      newLine += 1;
    } else if (mark === ' ') {
      flush();
      newLine += 1;
    } else if (mark !== '\\') {
      flush();
    }
  }
  flush();
  const count = (kind: DiffEntry['kind']) => entries.filter((entry) => entry.kind === kind).length;
  return { entries, added: count('added'), removed: count('removed'), changed: count('changed') };
}

/** The lines of a run after the first `skip` non-blank ones (already paired), grouped into blank-separated blocks. */
function blocks(
  run: ReadonlyArray<{ text: string; line: number }>,
  skip: number,
): Array<{ text: string; line: number }> {
  const out: Array<{ text: string; line: number }> = [];
  let current: Array<{ text: string; line: number }> = [];
  let skipped = 0;
  const close = () => {
    const first = current[0];
    if (first) out.push({ text: current.map((item) => item.text).join('\n'), line: first.line });
    current = [];
  };
  for (const item of run) {
    if (!item.text.trim()) {
      close();
      continue;
    }
    if (skipped < skip) {
      skipped += 1;
      continue;
    }
    current.push(item);
  }
  close();
  return out;
}
