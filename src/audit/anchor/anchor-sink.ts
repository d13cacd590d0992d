import type { Checkpoint } from './checkpoint.ts';

/**
 * Where signed checkpoints go: somewhere a database writer cannot reach (a file, syslog, a
 * witness service). Append-only from LionRock's side; a sink that can also be read back
 * implements {@link ReadableAnchorSink}, which `audit verify` needs.
 */
export interface AnchorSink {
  /** Human-readable place, for messages. */
  readonly location: string;
  append(checkpoint: Checkpoint): Promise<void>;
}

/** What reading a sink gives: its checkpoints in order, and the lines that were not checkpoints. */
export interface AnchorRead {
  checkpoints: { line: number; checkpoint: Checkpoint }[];
  unreadable: number[];
  /** False when the sink does not exist yet (nothing was ever anchored). */
  exists: boolean;
}

export interface ReadableAnchorSink extends AnchorSink {
  read(): Promise<AnchorRead>;
}
