import { clip, niceTicks } from './chart-scale.ts';

/** One bar: what it counts (already translated) and how many. */
export type BarRow = { key: string; label: string; value: number; shortLabel?: string };

type Props = {
  id: string;
  caption: string;
  /** Every row, largest first; the chart draws the first `limit`, the table lists them all. */
  rows: BarRow[];
  limit?: number;
  labelHeading: string;
  valueHeading: string;
  /** Heading of the share column; the share is of `whole` (e.g. all flagged records). */
  shareHeading: string;
  whole: number;
  color: string;
  /** Width of the drawing in its own units: wider for a wide card, so the text keeps its size. */
  width?: number;
  format: (n: number) => string;
  formatShare: (fraction: number) => string;
};

const ROW = 26;

/** Horizontal bars of the largest counts (plain SVG) with the table of every count and its share. */
export function BarListChart(props: Props) {
  const { id, caption, rows, limit = 10, format, formatShare, whole } = props;
  const W = props.width ?? 640;
  const LABEL = Math.round(W * 0.4);
  const drawn = rows.slice(0, limit);
  const top = niceTicks(Math.max(0, ...drawn.map((r) => r.value))).at(-1) ?? 1;
  const barMax = W - LABEL - 56;
  const height = Math.max(1, drawn.length) * ROW + 4;
  return (
    <figure class="chart" aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`}>{caption}</figcaption>
      <svg viewBox={`0 0 ${W} ${height}`} role="img" aria-labelledby={`${id}-caption`} class="chart-svg">
        {drawn.map((r, i) => (
          <g key={r.key} transform={`translate(0 ${i * ROW + 2})`}>
            <text x={LABEL - 8} y={ROW / 2 + 4} text-anchor="end" class="chart-label">
              {clip(r.shortLabel ?? r.label, Math.floor(LABEL / 7.2))}
            </text>
            <rect
              x={LABEL}
              y={4}
              height={ROW - 8}
              width={Math.max(1, (r.value / top) * barMax)}
              fill={props.color}
            >
              <title>{`${r.label}: ${format(r.value)}`}</title>
            </rect>
            <text x={LABEL + (r.value / top) * barMax + 6} y={ROW / 2 + 4} class="chart-value">
              {format(r.value)}
            </text>
          </g>
        ))}
      </svg>
      <div class="chart-table-wrap chart-table-scroll">
        <table class="chart-table">
          <caption class="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{props.labelHeading}</th>
              <th scope="col">{props.valueHeading}</th>
              <th scope="col">{props.shareHeading}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.key}>
                <th scope="row">{r.label}</th>
                <td>{format(r.value)}</td>
                <td>{whole > 0 ? formatShare(r.value / whole) : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
