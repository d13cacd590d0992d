/**
 * Keeps the k best (highest score) items seen, in descending order; insertion is O(k) but almost
 * every candidate is rejected by one comparison against the current k-th score.
 */
export class TopK {
  readonly items: { doc: number; score: number }[] = [];

  constructor(private readonly k: number) {}

  offer(doc: number, score: number): void {
    const items = this.items;
    if (items.length === this.k && score <= (items[items.length - 1] as { score: number }).score) return;
    let at = items.length;
    while (at > 0 && (items[at - 1] as { score: number }).score < score) at--;
    items.splice(at, 0, { doc, score });
    if (items.length > this.k) items.pop();
  }
}
