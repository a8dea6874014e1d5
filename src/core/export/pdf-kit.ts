import type { PDFDocument, PDFFont, PDFPage } from 'pdf-lib';
import { rgb } from 'pdf-lib';
import type { DocumentLabels, ExportLabels, ExportMeta, ExportTable } from './export-table.ts';
import type { ShiftSummary } from './shift-summary.ts';

export type PdfInput = {
  meta: ExportMeta;
  labels: ExportLabels;
  doc: DocumentLabels;
  summary: ShiftSummary;
  table: ExportTable;
  fonts: { regular: Uint8Array; bold: Uint8Array };
};

// Landscape: the list needs the width.
/** A4 landscape page and margin, in points. */
export const PAGE = { width: 841.89, height: 595.28, margin: 36 };
/** Colours shared by every page. */
export const INK = rgb(0.1, 0.1, 0.12);
export const MUTED = rgb(0.35, 0.35, 0.4);
export const BAR = rgb(0.11, 0.37, 0.62);
export const RULE = rgb(0.75, 0.75, 0.8);
/** INK as a raw content-stream operator. */
export const INK_OP = '0.1 0.1 0.12 rg';
/** What every drawing helper needs: the document, its fonts, the input and width/encoding caches. */
export type Ctx = {
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
/** The text as a hex string of subset glyph codes for a raw content stream. */
export function encoded(ctx: Ctx, text: string): string {
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
/** Width of the text at a size, from cached glyph advances. */
export function textWidth(ctx: Ctx, font: PDFFont, text: string, size: number): number {
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

/** The text cut with an ellipsis to fit a width. */
export function fit(ctx: Ctx, font: PDFFont, text: string, size: number, width: number): string {
  const clean = text.replace(/\s+/g, ' ');
  if (textWidth(ctx, font, clean, size) <= width) return clean;
  let cut = clean;
  while (cut.length > 1 && textWidth(ctx, font, `${cut}…`, size) > width)
    cut = cut.slice(0, Math.max(1, cut.length - 2));
  return `${cut}…`;
}

/** Draws the page heading (title, airport, checkpoint, date, shift, lead); returns the y below it. */
export function header(ctx: Ctx, page: PDFPage, title: string): number {
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
