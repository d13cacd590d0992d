import { appendFile, mkdir, readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { AnchorRead, ReadableAnchorSink } from './anchor-sink.ts';
import { type Checkpoint, parseCheckpoint } from './checkpoint.ts';

/**
 * Checkpoints as JSON lines appended to a file (O_APPEND: a line of this size is written whole
 * and never interleaves with another writer's). Point it at a file the database's users cannot
 * write, ideally on another machine or an append-only (`chattr +a`) or WORM volume.
 *
 * @example await new FileAnchorSink('/var/lib/lionrock/audit-anchor.jsonl').append(checkpoint);
 */
export class FileAnchorSink implements ReadableAnchorSink {
  constructor(readonly location: string) {}

  async append(checkpoint: Checkpoint): Promise<void> {
    await mkdir(dirname(this.location), { recursive: true });
    await appendFile(this.location, `${JSON.stringify(checkpoint)}\n`, { mode: 0o600, flag: 'a' });
  }

  async read(): Promise<AnchorRead> {
    let text: string;
    try {
      text = await readFile(this.location, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { checkpoints: [], unreadable: [], exists: false };
      throw error;
    }
    const lines = text.split('\n');
    // A last line without its newline is a write cut short by a crash, not an alteration.
    if (!text.endsWith('\n')) lines.pop();
    const read: AnchorRead = { checkpoints: [], unreadable: [], exists: true };
    lines.forEach((line, i) => {
      if (line.trim() === '') return;
      const checkpoint = parseCheckpoint(line);
      if (checkpoint) read.checkpoints.push({ line: i + 1, checkpoint });
      else read.unreadable.push(i + 1);
    });
    return read;
  }
}
