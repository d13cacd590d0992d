import { AxisBottom, AxisLeft } from '@visx/axis';
import { GridRows } from '@visx/grid';
import { Group } from '@visx/group';
import { ParentSize } from '@visx/responsive';
import { scaleBand, scaleLinear, scaleOrdinal } from '@visx/scale';
import { BarStack } from '@visx/shape';
import { commonMessages, useI18n, useMessages } from '../i18n/index.ts';

export interface DayBarSeries {
  key: string;
  name: string;
  colour: string;
}

type Row = Record<string, string | number>;

// The right margin leaves room for half of the last day's label, which is centred on its bar.
const MARGIN = { top: 8, right: 32, bottom: 28, left: 48 };
/** The day axis's labels are 12 px text, with at least this much space between two of them. */
const LABEL_FONT_PX = 12;
const LABEL_GAP_PX = 12;
/** Wide characters (Chinese, full-width forms) take a full em. */
const WIDE = /[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]/u;

/**
 * A label's width on the day axis, from its characters rather than the DOM (the axis is laid out
 * before it is drawn): a wide one a full em, any other at most 0.62 em in the console's fonts.
 */
function labelWidth(label: string): number {
  let width = 0;
  for (const char of label) width += WIDE.test(char) ? LABEL_FONT_PX : LABEL_FONT_PX * 0.62;
  return width;
}

/**
 * Bars per day (stacked when several series), drawn with visx (scales and SVG shapes, a tenth of
 * recharts' size). Loaded on its own after the page's numbers are on screen (lazy-day-bars.tsx);
 * the tables beside it carry the same numbers for screen readers, so the drawing is hidden from them.
 */
export default function DayBars({
  rows,
  series,
  height,
}: {
  rows: ReadonlyArray<Row>;
  series: readonly DayBarSeries[];
  height: number;
}) {
  return (
    <div aria-hidden="true">
      <div style={{ height }}>
        <ParentSize debounceTime={50}>
          {({ width }) => (width > 0 ? <Bars rows={rows} series={series} width={width} height={height} /> : null)}
        </ParentSize>
      </div>
      {series.length > 1 ? (
        <ul className="day-bars-legend">
          {series.map((line) => (
            <li key={line.key}>
              <span className="day-bars-swatch" style={{ background: line.colour }} />
              {line.name}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

function Bars({
  rows,
  series,
  width,
  height,
}: {
  rows: ReadonlyArray<Row>;
  series: readonly DayBarSeries[];
  width: number;
  height: number;
}) {
  const { format } = useI18n();
  const common = useMessages(commonMessages);
  const innerWidth = Math.max(0, width - MARGIN.left - MARGIN.right);
  const innerHeight = Math.max(0, height - MARGIN.top - MARGIN.bottom);
  const labels = rows.map((row) => String(row.label));
  const total = (row: Row) => series.reduce((sum, line) => sum + Number(row[line.key] ?? 0), 0);
  const highest = Math.max(1, ...rows.map(total));
  const x = scaleBand<string>({ domain: labels, range: [0, innerWidth], padding: 0.2 });
  const y = scaleLinear<number>({ domain: [0, highest], range: [innerHeight, 0], nice: true });
  const colour = scaleOrdinal<string, string>({
    domain: series.map((line) => line.key),
    range: series.map((line) => line.colour),
  });
  // Every nth day is labelled, n the fewest days whose bars are as wide as the widest label and a gap
  // ("2026年9月14日" needs more than "14 Sept 2026"): no date runs into the next.
  const widest = Math.max(0, ...labels.map(labelWidth)) + LABEL_GAP_PX;
  const everyNth = Math.max(1, Math.ceil(widest / Math.max(1, x.step())));
  const nameOf = new Map(series.map((line) => [line.key, line.name]));

  return (
    <svg width={width} height={height} role="presentation">
      <Group left={MARGIN.left} top={MARGIN.top}>
        <GridRows scale={y} width={innerWidth} numTicks={4} stroke="#d0d5dd" strokeDasharray="3 3" />
        <BarStack<Row, string>
          data={[...rows]}
          keys={series.map((line) => line.key)}
          x={(row) => String(row.label)}
          value={(row, key) => Number(row[key] ?? 0)}
          xScale={x}
          yScale={y}
          color={colour}
        >
          {(stacks) =>
            stacks.flatMap((stack) =>
              stack.bars.map((bar) => (
                <rect
                  key={`${stack.key}-${bar.index}`}
                  x={bar.x}
                  y={bar.y}
                  width={bar.width}
                  height={Math.max(0, bar.height)}
                  fill={bar.color}
                >
                  <title>{`${labels[bar.index]} · ${nameOf.get(stack.key)}${common('fieldSeparator')}${format.number(bar.bar[1] - bar.bar[0])}`}</title>
                </rect>
              )),
            )
          }
        </BarStack>
        <AxisLeft
          scale={y}
          numTicks={4}
          tickFormat={(n) => (Number.isInteger(Number(n)) ? format.number(Number(n)) : '')}
          tickLabelProps={{ fontSize: 12, fill: '#344054' }}
          stroke="#667085"
          tickStroke="#667085"
        />
        <AxisBottom
          top={innerHeight}
          scale={x}
          tickValues={labels.filter((_, index) => index % everyNth === 0)}
          tickLabelProps={{ fontSize: 12, fill: '#344054' }}
          stroke="#667085"
          tickStroke="#667085"
        />
      </Group>
    </svg>
  );
}
