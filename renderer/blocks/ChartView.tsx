// A chart part drawn with recharts, as the export draws it with Word's own chart: stacked columns of
// counts per status, or a measure's line with its dashed target. Every value is labelled and the
// alt text (which states the figures) is the figure's accessible name, so colour is never the only cue.
import { Bar, BarChart, CartesianGrid, LabelList, Legend, Line, LineChart, XAxis, YAxis } from 'recharts';
import type { ChartPart } from '../../shared/blocks/content';
import { seriesLabel } from '../../shared/blocks/content';
import { contrastRatio } from '../../shared/plans/colour';

const FONT = { fontFamily: 'Arial, Liberation Sans, sans-serif', fontSize: 12 };
/** Legend text in black: recharts colours it like the series, and amber text on white is unreadable. */
const legendText = (value: string) => <span style={{ color: '#000' }}>{value}</span>;
// Legends keep the series order (the status key's), not recharts' default alphabetical order: itemSorter={null}.
/** A bar's label in black or white, whichever reads on the bar. */
const labelColour = (fill: string) => (contrastRatio(fill, '#000000') >= 4.5 ? '#000' : '#fff');

export function ChartView({ part, width = 640, height = 300 }: { part: ChartPart; width?: number; height?: number }) {
  const rows = part.categories.map((c, i) => Object.fromEntries([['category', c], ...part.series.map((s, j) => [`s${j}`, s.values[i] ?? null])]));
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
              <LabelList dataKey={`s${j}`} position="center" style={{ ...FONT, fill: labelColour(s.colour) }} formatter={(v: unknown) => (typeof v === 'number' && v > 0 ? v : '')} />
            </Bar>
          ))}
        </BarChart>
      ) : (
        <LineChart width={width} height={height} data={rows} margin={{ top: 16, right: 24, bottom: 8, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="category" tick={FONT} />
          <YAxis tick={FONT} label={{ value: part.valueAxisTitle, angle: -90, position: 'insideLeft', style: FONT }} />
          <Legend wrapperStyle={FONT} formatter={legendText} itemSorter={null} />
          {part.series.map((s, j) => (
            <Line key={j} dataKey={`s${j}`} name={seriesLabel(s)} stroke={s.colour} strokeWidth={2} strokeDasharray={s.dashed ? '6 4' : undefined} isAnimationActive={false} connectNulls={false}>
              {!s.dashed && <LabelList dataKey={`s${j}`} position="top" style={FONT} />}
            </Line>
          ))}
        </LineChart>
      )}
      <p className="chart-alt">{part.altText}</p>
    </figure>
  );
}
