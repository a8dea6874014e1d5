import { horizontalBars, verticalBars } from '../../../core/export/bar-chart.ts';

type Item = { label: string; value: number };

/** Horizontal bars with labels on the left, drawn from the same geometry the PDF uses. */
export function BarChartSvg({ title, items }: { title: string; items: Item[] }) {
  const chart = horizontalBars(items, { width: 520, rowHeight: 26, labelWidth: 230, gap: 8 });
  return (
    <figure class="chart">
      <figcaption>{title}</figcaption>
      <svg viewBox={`0 0 ${chart.width} ${chart.height}`} role="img" aria-label={title} width="100%">
        {chart.bars.map((bar) => (
          <g key={bar.label}>
            <text x={0} y={bar.y + bar.height * 0.7} class="chart-label">
              {bar.label.length > 24 ? `${bar.label.slice(0, 23)}…` : bar.label}
            </text>
            <rect x={bar.x} y={bar.y} width={bar.width} height={bar.height} class="chart-bar" rx={3} />
            <text x={bar.x + bar.width + 6} y={bar.y + bar.height * 0.7} class="chart-value">
              {bar.value}
            </text>
          </g>
        ))}
      </svg>
    </figure>
  );
}

/** Screenings by local hour: light bars everyone screened, dark bars the flagged ones. */
export function HourChartSvg({
  title,
  all,
  flagged,
  help,
}: {
  title: string;
  all: number[];
  flagged: number[];
  help: string;
}) {
  const height = 150;
  const width = 520;
  const max = Math.max(1, ...all);
  const label = (h: number) => String(h).padStart(2, '0');
  const allBars = verticalBars(
    all.map((value, h) => ({ label: label(h), value })),
    { width, height, gap: 4 },
  );
  return (
    <figure class="chart">
      <figcaption>{title}</figcaption>
      <svg viewBox={`0 0 ${width} ${height + 36}`} role="img" aria-label={`${title}. ${help}`} width="100%">
        {allBars.bars.map((bar, i) => {
          const fh = ((flagged[i] ?? 0) / max) * height;
          return (
            <g key={bar.label}>
              <rect x={bar.x} y={bar.y} width={bar.width} height={bar.height} class="chart-bar-soft" />
              {fh > 0 && <rect x={bar.x} y={height - fh} width={bar.width} height={fh} class="chart-bar" />}
              {bar.value > 0 && (
                <text x={bar.x + bar.width / 2} y={bar.y - 3} class="chart-small" text-anchor="middle">
                  {bar.value}
                </text>
              )}
              {i % 2 === 0 && (
                <text x={bar.x + bar.width / 2} y={height + 16} class="chart-small" text-anchor="middle">
                  {bar.label}
                </text>
              )}
            </g>
          );
        })}
      </svg>
      <p class="help">{help}</p>
    </figure>
  );
}
