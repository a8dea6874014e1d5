/** One bar of a horizontal or vertical bar chart, in the chart's own units. */
export type Bar = { label: string; value: number; x: number; y: number; width: number; height: number };

/** A laid-out chart that the UI renders as SVG and the PDF draws with the same numbers. */
export type BarChart = { width: number; height: number; bars: Bar[]; max: number; labelWidth: number };

/** Horizontal bars (one a row, label on the left) for categories such as outcomes or destinations. */
export function horizontalBars(
  items: readonly { label: string; value: number }[],
  options: { width: number; rowHeight: number; labelWidth: number; gap?: number },
): BarChart {
  const gap = options.gap ?? 4;
  const max = Math.max(1, ...items.map((i) => i.value));
  const room = Math.max(1, options.width - options.labelWidth - 40);
  const bars = items.map((item, index) => ({
    label: item.label,
    value: item.value,
    x: options.labelWidth,
    y: index * (options.rowHeight + gap),
    width: item.value === 0 ? 0 : Math.max(1, (item.value / max) * room),
    height: options.rowHeight,
  }));
  const height = Math.max(options.rowHeight, items.length * (options.rowHeight + gap) - gap);
  return { width: options.width, height, bars, max, labelWidth: options.labelWidth };
}

/** Vertical bars along an axis (hours 0–23); y grows downwards, bars stand on the base line. */
export function verticalBars(
  items: readonly { label: string; value: number }[],
  options: { width: number; height: number; gap?: number },
): BarChart {
  const gap = options.gap ?? 2;
  const max = Math.max(1, ...items.map((i) => i.value));
  const slot = options.width / Math.max(1, items.length);
  const bars = items.map((item, index) => {
    const h = (item.value / max) * options.height;
    return {
      label: item.label,
      value: item.value,
      x: index * slot + gap / 2,
      y: options.height - h,
      width: slot - gap,
      height: h,
    };
  });
  return { width: options.width, height: options.height, bars, max, labelWidth: 0 };
}
