/**
 * A small horizontal bar for a share (0–1) inside a table cell. Decorative: the cell's text says
 * the number, so the bar is hidden from assistive technology.
 */
export function ShareBar({
  share,
  tone = 'brand',
}: {
  share: number | null;
  tone?: 'brand' | 'ok' | 'warn' | 'danger';
}) {
  const width = `${Math.min(100, Math.max(0, (share ?? 0) * 100))}%`;
  return (
    <span className="share-bar" aria-hidden="true">
      <span className={`share-bar-fill share-bar-${tone}`} style={{ width }} />
    </span>
  );
}
