import type { PDFPage } from 'pdf-lib';
import { OUTCOMES } from '../screening/screening-schema.ts';
import { horizontalBars, verticalBars, type BarChart } from './bar-chart.ts';
import { BAR, fit, header, INK, MUTED, PAGE, RULE, textWidth, type Ctx } from './pdf-kit.ts';

function drawBars(ctx: Ctx, page: PDFPage, chart: BarChart, x: number, top: number, vertical: boolean): void {
  for (const bar of chart.bars) {
    const y = top - bar.y - bar.height;
    if (bar.width > 0 && bar.height > 0)
      page.drawRectangle({ x: x + bar.x, y, width: bar.width, height: bar.height, color: BAR });
    if (vertical) {
      if (bar.value > 0)
        page.drawText(String(bar.value), {
          x: x + bar.x,
          y: y + bar.height + 2,
          size: 6.5,
          font: ctx.regular,
          color: INK,
        });
      page.drawText(bar.label, {
        x: x + bar.x,
        y: top - chart.height - 10,
        size: 6.5,
        font: ctx.regular,
        color: MUTED,
      });
    } else {
      // A long label is set smaller before anything is cut: the reader needs the whole indicator.
      const room = chart.labelWidth - 6;
      const natural = textWidth(ctx, ctx.regular, bar.label, 8.5);
      const size = natural <= room ? 8.5 : Math.max(6, (8.5 * room) / natural);
      page.drawText(fit(ctx, ctx.regular, bar.label, size, room), {
        x,
        y: y + 2,
        size,
        font: ctx.regular,
        color: INK,
      });
      page.drawText(String(bar.value), {
        x: x + bar.x + bar.width + 4,
        y: y + 2,
        size: 8.5,
        font: ctx.bold,
        color: INK,
      });
    }
  }
}

/** The first page: the four counts and bars by outcome, hour, destination, indicator and home district. */
export function summaryPage(ctx: Ctx): void {
  const { summary, labels, doc } = ctx.input;
  const page = ctx.doc.addPage([PAGE.width, PAGE.height]);
  let y = header(ctx, page, doc.title);
  const boxes: [string, number][] = [
    [doc.screened, summary.screened],
    [doc.cleared, summary.cleared],
    [doc.flagged, summary.flagged],
    [doc.undecided, summary.undecided],
  ];
  boxes.forEach(([label, value], i) => {
    const x = PAGE.margin + i * 190;
    page.drawRectangle({ x, y: y - 44, width: 176, height: 44, borderColor: RULE, borderWidth: 0.8 });
    page.drawText(String(value), { x: x + 10, y: y - 24, size: 18, font: ctx.bold, color: INK });
    page.drawText(label, { x: x + 10, y: y - 38, size: 9, font: ctx.regular, color: MUTED });
  });
  y -= 66;
  const colW = (PAGE.width - 2 * PAGE.margin - 24) / 2;
  page.drawText(doc.byOutcome, { x: PAGE.margin, y, size: 11, font: ctx.bold, color: INK });
  const outcomes = horizontalBars(
    OUTCOMES.map((o) => ({ label: labels.outcomes[o], value: summary.byOutcome[o] })),
    { width: colW, rowHeight: 12, labelWidth: 150 },
  );
  drawBars(ctx, page, outcomes, PAGE.margin, y - 8, false);
  const rightX = PAGE.margin + colW + 24;
  page.drawText(doc.byHour, { x: rightX, y, size: 11, font: ctx.bold, color: INK });
  const hours = verticalBars(
    summary.byHour.all.map((value, h) => ({ label: String(h).padStart(2, '0'), value })),
    { width: colW, height: 90 },
  );
  drawBars(ctx, page, hours, rightX, y - 18, true);
  y -= 140;
  const lists: [string, { key: string; count: number }[], Record<string, string>][] = [
    [doc.byDestination, summary.byDestination, labels.places],
    [doc.byIndicator, summary.byIndicator, labels.indicators],
    [doc.byDistrict, summary.byDistrict, labels.districts],
  ];
  const third = (PAGE.width - 2 * PAGE.margin - 24) / 3;
  lists.forEach(([title, counts, names], i) => {
    const x = PAGE.margin + i * (third + 12);
    page.drawText(title, { x, y, size: 11, font: ctx.bold, color: INK });
    const items = counts
      .slice(0, 12)
      .map((c) => ({ label: c.key === '' ? doc.notStated : (names[c.key] ?? c.key), value: c.count }));
    drawBars(
      ctx,
      page,
      horizontalBars(items, { width: third, rowHeight: 11, labelWidth: 120, gap: 3 }),
      x,
      y - 8,
      false,
    );
  });
}
