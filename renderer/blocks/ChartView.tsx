// A chart part drawn with recharts, as the export draws it with Word's own chart: stacked columns of
// counts per status, or a measure's line with its dashed target. Every value is labelled and the
// alt text (which states the figures) is the figure's accessible name, so colour is never the only cue.
import { Bar, BarChart, CartesianGrid, LabelList, Legend, Line, LineChart, XAxis, YAxis } from 'recharts';
import type { ChartPart } from '../../shared/blocks/content';
import { seriesLabel } from '../../shared/blocks/content';
import { labelSide, lineAxisRange } from '../../shared/blocks/chart-axis';
import { contrastRatio } from '../../shared/plans/colour';

const FONT = { fontFamily: 'Arial, Liberation Sans, sans-serif', fontSize: 12 };
/** Legend text in black: recharts colours it like the series, and amber text on white is unreadable. */
const legendText = (value: string) => <span style={{ color: '#000' }}>{value}</span>;
// Legends keep the series order (the status key's), not recharts' default alphabetical order: itemSorter={null}.
/** A bar's label in black or white, whichever reads on the bar. */
const labelColour = (fill: string) => (contrastRatio(fill, '#000000') >= 4.5 ? '#000' : '#fff');

/** A point's value, printed above it, or below it when the point is under the target line. */
function PointLabel({
  x,
  y,
  value,
  index,
  targets,
}: {
  x?: number | string;
  y?: number | string;
  value?: unknown;
  index?: number;
  targets: readonly (number | null)[];
}) {
  if (typeof value !== 'number' || x === undefined || y === undefined) return null;
  const below = labelSide(value, targets[index ?? -1] ?? null) === 'bottom';
  return (
    <text x={Number(x)} y={Number(y) + (below ? 18 : -8)} textAnchor="middle" style={FONT} fill="#000">
      {value}
    </text>
  );
}

export function ChartView({ part, width = 640, height = 300 }: { part: ChartPart; width?: number; height?: number }) {
  const rows = part.categories.map((c, i) => Object.fromEntries([['category', c], ...part.series.map((s, j) => [`s${j}`, s.values[i] ?? null])]));
  const targets = part.series.find((s) => s.dashed)?.values ?? [];
  const axis = part.chart === 'line' ? lineAxisRange(part.series.flatMap((s) => s.values)) : null;
  return (
    <figure className="chart-view" role="img" aria-label={part.altText}>
      <figcaption className="chart-title">{part.title}</figcaption>
      {part.chart === 'stackedColumn' ? (
        <BarChart width={width} height={height} data={rows} margin={{ top: 8, right: 16, bottom: 8, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="category" tick={FONT} />
          <YAxis allowDecimals={false} tick={FONT} label={{ value: part.valueAxisTitle, angle: -90, position: 'insideLeft', style: FONT }} />
          <Legend wrapperStyle={FONT} formatter={legendText} itemSorter={null} />
          {part.series.map((s, j) => (
            <Bar key={j} dataKey={`s${j}`} name={seriesLabel(s)} stackId="a" fill={s.colour} stroke="#000" strokeWidth={0.5} isAnimationActive={false}>
              <LabelList
                dataKey={`s${j}`}
                position="center"
                style={{ ...FONT, fill: labelColour(s.colour) }}
                formatter={(v: unknown) => (typeof v === 'number' && v > 0 ? v : '')}
              />
            </Bar>
          ))}
        </BarChart>
      ) : (
        <LineChart width={width} height={height} data={rows} margin={{ top: 16, right: 24, bottom: 8, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          {/* Padding keeps the first and last points (and their labels) off the axes. */}
          <XAxis dataKey="category" tick={FONT} padding={{ left: 32, right: 32 }} />
          <YAxis
            tick={FONT}
            domain={[axis!.min, axis!.max]}
            ticks={[...axis!.ticks]}
            allowDataOverflow={false}
            label={{ value: part.valueAxisTitle, angle: -90, position: 'insideLeft', style: FONT }}
          />
          <Legend wrapperStyle={FONT} formatter={legendText} itemSorter={null} />
          {part.series.map((s, j) => (
            // The target is a plain dashed line (no point markers for labels to collide with).
            <Line
              key={j}
              dataKey={`s${j}`}
              name={seriesLabel(s)}
              stroke={s.colour}
              strokeWidth={2}
              strokeDasharray={s.dashed ? '6 4' : undefined}
              dot={s.dashed ? false : { r: 3 }}
              isAnimationActive={false}
              connectNulls={false}
            >
              {!s.dashed && <LabelList dataKey={`s${j}`} content={(p) => <PointLabel {...(p as object)} targets={targets} />} />}
            </Line>
          ))}
        </LineChart>
      )}
      <p className="chart-alt">{part.altText}</p>
    </figure>
  );
}
