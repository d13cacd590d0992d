let lastTurnAt = 0;

/**
 * When a conversation turn happened, for ordering: the wall clock, but never less than 2 ms after
 * the previous turn on this node. A turn is stored as its question at this instant and its answer
 * 1 ms later, and two turns can be asked within one millisecond (a citizen's follow-up sent right
 * after an answer): equal instants would let the database order a later question before an earlier
 * answer (it did, on PostgreSQL, in CI). Turns of one session on different nodes are requests apart.
 *
 * @example const askedAt = nextTurnInstant(); const answeredAt = new Date(askedAt.getTime() + 1);
 */
export function nextTurnInstant(): Date {
  lastTurnAt = Math.max(Date.now(), lastTurnAt + 2);
  return new Date(lastTurnAt);
}
