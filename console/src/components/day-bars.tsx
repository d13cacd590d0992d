import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useI18n } from '../i18n/index.ts';

export interface DayBarSeries {
  key: string;
  name: string;
  colour: string;
}

/**
 * Bars per day (stacked when several series), drawn by recharts. Loaded on its own after the page's
 * numbers are on screen (see lazy-day-bars.tsx): recharts is as large as the rest of the console.
 */
export default function DayBars({
  rows,
  series,
  height,
}: {
  rows: ReadonlyArray<Record<string, string | number>>;
  series: readonly DayBarSeries[];
  height: number;
}) {
  const { format } = useI18n();
  return (
    <ResponsiveContainer width="100%" height={height}>
      <BarChart data={[...rows]} margin={{ top: 8, right: 8, bottom: 8, left: 0 }}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="label" interval="preserveStartEnd" minTickGap={24} tick={{ fontSize: 12 }} />
        <YAxis allowDecimals={false} tickFormatter={(n: number) => format.number(n)} width={48} />
        <Tooltip formatter={(value) => format.number(Number(value))} />
        {series.length > 1 ? <Legend /> : null}
        {series.map((line) => (
          <Bar
            key={line.key}
            dataKey={line.key}
            name={line.name}
            {...(series.length > 1 ? { stackId: 'day' } : {})}
            fill={line.colour}
            isAnimationActive={false}
          />
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}
