import fontkit from '@pdf-lib/fontkit';
import { strToU8, zlibSync } from 'fflate';
import { PDFDocument, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import { OUTCOMES } from '../screening/screening-schema.ts';
import { horizontalBars, verticalBars, type BarChart } from './bar-chart.ts';
import { formatLocal } from './export-rows.ts';
import type { DocumentLabels, ExportLabels, ExportMeta, ExportTable } from './export-table.ts';
import type { ShiftSummary } from './shift-summary.ts';

/** Everything the printable hand-over needs; fonts are TrueType bytes that cover Indonesian text. */
export type PdfInput = {
  meta: ExportMeta;
  labels: ExportLabels;
  doc: DocumentLabels;
  summary: ShiftSummary;
  table: ExportTable;
  fonts: { regular: Uint8Array; bold: Uint8Array };
};

// A4 landscape in points; the list needs the width.
const PAGE = { width: 841.89, height: 595.28, margin: 36 };
const INK = rgb(0.1, 0.1, 0.12);
const MUTED = rgb(0.35, 0.35, 0.4);
const BAR = rgb(0.11, 0.37, 0.62);
const RULE = rgb(0.75, 0.75, 0.8);
const INK_OP = '0.1 0.1 0.12 rg';
// The printed list keeps to the hand-over columns even when the file has every field.
const PRINT_COLUMNS = [
  'time',
  'name',
  'passportNumber',
  'flight',
  'finalDestination',
  'indicatorsYes',
  'score',
  'outcome',
  'decidedBy',
  'handoverOfficer',
  'syncState',
];

type Ctx = {
  doc: PDFDocument;
  regular: PDFFont;
  bold: PDFFont;
  input: PdfInput;
  widthCache: Map<number, number>;
  boldWidths: Map<number, number>;
  hexCache: Map<string, string>;
};

// Laying out every distinct cell with the font was the slowest part of a long list; Latin text needs no shaping,
// so each character is encoded once (which also marks its glyph for the subset) and cells are concatenated.
function encoded(ctx: Ctx, text: string): string {
  let hex = '';
  for (const ch of text) {
    let code = ctx.hexCache.get(ch);
    if (code === undefined) {
      code = ctx.regular.encodeText(ch).toString().slice(1, -1);
      ctx.hexCache.set(ch, code);
    }
    hex += code;
  }
  return `<${hex}>`;
}

// Summing cached glyph advances is far faster than asking the font to lay out every cell.
function textWidth(ctx: Ctx, font: PDFFont, text: string, size: number): number {
  let w = 0;
  const cache = font === ctx.bold ? ctx.boldWidths : ctx.widthCache;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    let unit = cache.get(code);
    if (unit === undefined) {
      unit = font.widthOfTextAtSize(String.fromCharCode(code), 1000);
      cache.set(code, unit);
    }
    w += unit;
  }
  return (w * size) / 1000;
}

function fit(ctx: Ctx, font: PDFFont, text: string, size: number, width: number): string {
  const clean = text.replace(/\s+/g, ' ');
  if (textWidth(ctx, font, clean, size) <= width) return clean;
  let cut = clean;
  while (cut.length > 1 && textWidth(ctx, font, `${cut}…`, size) > width)
    cut = cut.slice(0, Math.max(1, cut.length - 2));
  return `${cut}…`;
}

function header(ctx: Ctx, page: PDFPage, title: string): number {
  const { meta, doc } = ctx.input;
  const top = PAGE.height - PAGE.margin;
  page.drawText(title, { x: PAGE.margin, y: top - 14, size: 15, font: ctx.bold, color: INK });
  const facts = `${doc.airport}: ${meta.airport}   ${doc.checkpoint}: ${meta.checkpoint}   ${doc.date}: ${meta.dateText}   ${doc.shift}: ${meta.shiftText}   ${doc.lead}: ${meta.leadName}`;
  page.drawText(fit(ctx, ctx.regular, facts, 9.5, PAGE.width - 2 * PAGE.margin), {
    x: PAGE.margin,
    y: top - 30,
    size: 9.5,
    font: ctx.regular,
    color: MUTED,
  });
  page.drawLine({
    start: { x: PAGE.margin, y: top - 38 },
    end: { x: PAGE.width - PAGE.margin, y: top - 38 },
    thickness: 0.8,
    color: RULE,
  });
  return top - 54;
}

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
      page.drawText(fit(ctx, ctx.regular, bar.label, 8.5, chart.labelWidth - 6), {
        x,
        y: y + 2,
        size: 8.5,
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

function summaryPage(ctx: Ctx): void {
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

function listPages(ctx: Ctx): { page: PDFPage; y: number } {
  const { table, doc, meta } = ctx.input;
  const picked = PRINT_COLUMNS.map((key) => table.columns.findIndex((c) => c.key === key)).filter(
    (i) => i >= 0,
  );
  const total = picked.reduce((sum, i) => sum + (table.columns[i]?.width ?? 10), 0);
  const usable = PAGE.width - 2 * PAGE.margin;
  const widths = picked.map((i) => ((table.columns[i]?.width ?? 10) / total) * usable);
  const size = 7.5;
  const rowH = 12;
  let page = ctx.doc.addPage([PAGE.width, PAGE.height]);
  let y = 0;
  const startPage = () => {
    y = header(ctx, page, doc.listTitle);
    let x = PAGE.margin;
    picked.forEach((ci, k) => {
      page.drawText(fit(ctx, ctx.bold, table.columns[ci]?.header ?? '', size, (widths[k] ?? 0) - 3), {
        x,
        y,
        size,
        font: ctx.bold,
        color: INK,
      });
      x += widths[k] ?? 0;
    });
    y -= 4;
    page.drawLine({
      start: { x: PAGE.margin, y },
      end: { x: PAGE.width - PAGE.margin, y },
      thickness: 0.6,
      color: RULE,
    });
    y -= rowH;
  };
  // The body is written as one raw content stream a page: one drawText call a cell was the slowest part.
  let ops: string[] = [];
  let fontKey = page.node.newFontDictionary(ctx.regular.name, ctx.regular.ref).asString();
  const flush = () => {
    if (ops.length === 0) return;
    // fflate deflates several times faster than the compressor bundled in pdf-lib.
    const body = zlibSync(strToU8(`q ${INK_OP}\n${ops.join('\n')}\nQ`), { level: 6 });
    const stream = ctx.doc.context.stream(body, { Filter: 'FlateDecode' });
    page.node.addContentStream(ctx.doc.context.register(stream));
    ops = [];
  };
  startPage();
  for (const row of table.rows) {
    if (y < PAGE.margin + 24) {
      flush();
      page = ctx.doc.addPage([PAGE.width, PAGE.height]);
      fontKey = page.node.newFontDictionary(ctx.regular.name, ctx.regular.ref).asString();
      startPage();
    }
    let x = PAGE.margin;
    picked.forEach((ci, k) => {
      const value = row[ci];
      const col = table.columns[ci];
      const text =
        value === null || value === undefined
          ? ''
          : col?.kind === 'datetime' && typeof value === 'string'
            ? formatLocal(value, meta.zone)
            : String(value);
      if (text) {
        const hex = encoded(ctx, fit(ctx, ctx.regular, text, size, (widths[k] ?? 0) - 3));
        ops.push(`BT ${fontKey} ${size} Tf ${x.toFixed(2)} ${y.toFixed(2)} Td ${hex} Tj ET`);
      }
      x += widths[k] ?? 0;
    });
    y -= rowH;
  }
  flush();
  return { page, y };
}

function signatures(ctx: Ctx, last: { page: PDFPage; y: number }): void {
  const { doc } = ctx.input;
  let page = last.page;
  let y = last.y - 10;
  if (y < PAGE.margin + 110) {
    page = ctx.doc.addPage([PAGE.width, PAGE.height]);
    y = header(ctx, page, doc.title) - 10;
  }
  page.drawText(doc.fieldsNotice, { x: PAGE.margin, y, size: 8, font: ctx.regular, color: MUTED });
  const boxW = 300;
  [doc.handedOverBy, doc.receivedBy].forEach((title, i) => {
    const x = PAGE.margin + i * (boxW + 60);
    page.drawText(title, { x, y: y - 24, size: 10, font: ctx.bold, color: INK });
    page.drawLine({ start: { x, y: y - 74 }, end: { x: x + boxW, y: y - 74 }, thickness: 0.8, color: INK });
    page.drawText(doc.signature, { x, y: y - 86, size: 8, font: ctx.regular, color: MUTED });
    page.drawLine({ start: { x, y: y - 104 }, end: { x: x + boxW, y: y - 104 }, thickness: 0.8, color: INK });
    page.drawText(doc.nameAndDate, { x, y: y - 116, size: 8, font: ctx.regular, color: MUTED });
  });
}

function footers(ctx: Ctx): void {
  const pages = ctx.doc.getPages();
  const { doc, meta } = ctx.input;
  pages.forEach((page, i) => {
    const text = doc.page.replace('{page}', String(i + 1)).replace('{pages}', String(pages.length));
    const stamp = `${doc.generated}: ${formatLocal(meta.generatedAtIso, meta.zone)} ${meta.zone}`;
    page.drawText(stamp, { x: PAGE.margin, y: 18, size: 7.5, font: ctx.regular, color: MUTED });
    page.drawText(text, {
      x: PAGE.width - PAGE.margin - textWidth(ctx, ctx.regular, text, 8),
      y: 18,
      size: 8,
      font: ctx.regular,
      color: MUTED,
    });
  });
}

/** The printable A4 hand-over: summary with charts, the flag list, signature lines, page numbers. */
export async function writePdf(input: PdfInput): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  doc.setTitle(`${input.doc.title} ${input.meta.airport} ${input.meta.dateText}`);
  doc.setCreator('Saring');
  doc.setProducer('Saring');
  doc.setCreationDate(new Date(input.meta.generatedAtIso));
  const regular = await doc.embedFont(input.fonts.regular, { subset: true });
  const bold = await doc.embedFont(input.fonts.bold, { subset: true });
  const ctx: Ctx = {
    doc,
    regular,
    bold,
    input,
    widthCache: new Map(),
    boldWidths: new Map(),
    hexCache: new Map(),
  };
  summaryPage(ctx);
  const last = listPages(ctx);
  signatures(ctx, last);
  footers(ctx);
  return doc.save({ useObjectStreams: true });
}
