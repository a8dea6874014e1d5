import fontkit from '@pdf-lib/fontkit';
import { strToU8, zlibSync } from 'fflate';
import { PDFDocument, type PDFPage } from 'pdf-lib';
import { formatLocal } from './export-rows.ts';
import {
  encoded,
  fit,
  header,
  INK,
  INK_OP,
  MUTED,
  PAGE,
  RULE,
  textWidth,
  type Ctx,
  type PdfInput,
} from './pdf-kit.ts';
import { summaryPage } from './pdf-summary-page.ts';

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
