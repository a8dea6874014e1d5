import { clip, niceTicks } from './chart-scale.ts';

/** One stacked layer: a label, its colour and a value per category. */
export type StackSeries = { key: string; label: string; color: string; values: number[] };

type Props = {
  id: string;
  caption: string;
  /** Labels under the bars, one a category (period). */
  categories: string[];
  /** Shorter labels drawn under the bars (the table keeps `categories`); default the same. */
  axisLabels?: string[];
  series: StackSeries[];
  /** Column headings of the table of numbers, already translated. */
  categoryHeading: string;
  totalHeading: string;
  format: (n: number) => string;
};

const W = 800;
const H = 260;
const LEFT = 48;
const BOTTOM = 40;
const TOP = 8;

/** Vertical bars per category stacked by series (plain SVG), with a legend and the table of its numbers. */
export function StackedBarChart({
  id,
  caption,
  categories,
  axisLabels,
  series,
  categoryHeading,
  totalHeading,
  format,
}: Props) {
  const totals = categories.map((_, i) => series.reduce((a, s) => a + (s.values[i] ?? 0), 0));
  const ticks = niceTicks(Math.max(0, ...totals));
  const top = ticks.at(-1) ?? 1;
  const plotH = H - BOTTOM - TOP;
  const band = (W - LEFT) / Math.max(1, categories.length);
  const y = (v: number) => TOP + plotH - (v / top) * plotH;
  const every = Math.ceil(categories.length / 16);
  const shown = series.filter((s) => s.values.some((v) => v > 0));
  return (
    <figure class="chart" aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`}>{caption}</figcaption>
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby={`${id}-caption`} class="chart-svg">
        {ticks.map((v) => (
          <g key={v}>
            <line x1={LEFT} x2={W} y1={y(v)} y2={y(v)} class="chart-grid" />
            <text x={LEFT - 6} y={y(v) + 4} text-anchor="end" class="chart-tick">
              {format(v)}
            </text>
          </g>
        ))}
        {categories.map((label, i) => {
          let base = 0;
          const x = LEFT + i * band + band * 0.15;
          return (
            <g key={label}>
              {series.map((s) => {
                const v = s.values[i] ?? 0;
                if (v <= 0) return null;
                const rect = (
                  <rect
                    key={s.key}
                    x={x}
                    width={band * 0.7}
                    y={y(base + v)}
                    height={y(base) - y(base + v)}
                    fill={s.color}
                  >
                    <title>{`${label} · ${s.label}: ${format(v)}`}</title>
                  </rect>
                );
                base += v;
                return rect;
              })}
              {i % every === 0 && (
                <text x={x + band * 0.35} y={H - BOTTOM + 16} text-anchor="middle" class="chart-tick">
                  {clip(axisLabels?.[i] ?? label, 12)}
                </text>
              )}
            </g>
          );
        })}
      </svg>
      <ul class="chart-legend" aria-hidden="true">
        {shown.map((s) => (
          <li key={s.key}>
            <span class="swatch" style={{ background: s.color }} />
            {s.label}
          </li>
        ))}
      </ul>
      <div class="chart-table-wrap">
        <table class="chart-table">
          <caption class="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{categoryHeading}</th>
              {series.map((s) => (
                <th scope="col" key={s.key}>
                  {s.label}
                </th>
              ))}
              <th scope="col">{totalHeading}</th>
            </tr>
          </thead>
          <tbody>
            {categories.map((label, i) => (
              <tr key={label}>
                <th scope="row">{label}</th>
                {series.map((s) => (
                  <td key={s.key}>{format(s.values[i] ?? 0)}</td>
                ))}
                <td>
                  <strong>{format(totals[i] ?? 0)}</strong>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
