import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, type PDFPage } from 'pdf-lib';
import { formatLocal } from './export-rows.ts';
import { header, INK, MUTED, PAGE, textWidth, type Ctx, type PdfInput } from './pdf-kit.ts';
import { listPages } from './pdf-list.ts';
import { summaryPage } from './pdf-summary-page.ts';

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
