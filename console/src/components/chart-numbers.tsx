import { type ReactNode, useState } from 'react';

/**
 * The numbers behind a chart, folded under it (`<details>`): the table is drawn when the officer
 * opens it, so a page of charts does not build hundreds of cells nobody has asked to see.
 */
export function ChartNumbers({ summary, children }: { summary: string; children: () => ReactNode }) {
  const [open, setOpen] = useState(false);
  return (
    <details className="chart-data" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{summary}</summary>
      {open ? children() : null}
    </details>
  );
}
