import { lazy, Suspense } from 'react';
import type { DayBarSeries } from './day-bars.tsx';

const DayBars = lazy(() => import('./day-bars.tsx'));

/**
 * Bars per day for the dashboard and the gateway. The chart arrives after the numbers: the page is
 * usable (its tables and figures shown) while the chart loads. The placeholder keeps the chart's
 * height so nothing jumps.
 */
export function LazyDayBars(props: {
  rows: ReadonlyArray<Record<string, string | number>>;
  series: readonly DayBarSeries[];
  height: number;
}) {
  return (
    <Suspense fallback={<div style={{ height: props.height }} />}>
      <DayBars {...props} />
    </Suspense>
  );
}
