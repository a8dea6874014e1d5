import type { PDFPage } from 'pdf-lib';
import { strToU8, zlibSync } from 'fflate';
import { formatLocal } from './export-rows.ts';
import { encoded, header, INK, INK_OP, PAGE, RULE, textWidth, type Ctx } from './pdf-kit.ts';
import { fitWidths, wrapText } from './pdf-wrap.ts';

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
  'handoverTime',
  'handoverOfficer',
  'syncState',
];
const SIZE = 7.5;
const LINE = 9;
const GAP = 4;
const PAD = 3;
/** Lowest baseline a list line may sit on: the footer lives below it. */
const BOTTOM = PAGE.margin + 16;

type Layout = { picked: number[]; widths: number[] };
type Cursor = { page: PDFPage; y: number; ops: string[]; fontKey: string };

// A column is at least as wide as its longest header word and its longest value word up to this many points, so
// "Penerbangan" or a passport number is not cut in two while a wider column has room.
const LONGEST_WORD_CAP = 80;

function longestWord(text: string, measure: (s: string) => number): number {
  return Math.max(0, ...text.split(/\s+/).map(measure));
}

function layout(ctx: Ctx): Layout {
  const { table } = ctx.input;
  const picked = PRINT_COLUMNS.map((key) => table.columns.findIndex((c) => c.key === key)).filter(
    (i) => i >= 0,
  );
  const bold = (s: string) => textWidth(ctx, ctx.bold, s, SIZE);
  const regular = (s: string) => textWidth(ctx, ctx.regular, s, SIZE);
  const minimum = picked.map((ci) => {
    let widest = longestWord(table.columns[ci]?.header ?? '', bold);
    for (const row of table.rows) widest = Math.max(widest, longestWord(cellText(ctx, row, ci), regular));
    return Math.min(widest, LONGEST_WORD_CAP) + PAD + 1;
  });
  const natural = picked.map((i) => table.columns[i]?.width ?? 10);
  return { picked, widths: fitWidths(natural, minimum, PAGE.width - 2 * PAGE.margin) };
}

function cellText(ctx: Ctx, row: readonly unknown[], column: number): string {
  const value = row[column];
  if (value === null || value === undefined) return '';
  const kind = ctx.input.table.columns[column]?.kind;
  return kind === 'datetime' && typeof value === 'string'
    ? formatLocal(value, ctx.input.meta.zone)
    : String(value);
}

/** Starts a page: heading, the column headers wrapped like the cells, a rule. */
function startPage(ctx: Ctx, { picked, widths }: Layout): Cursor {
  const page = ctx.doc.addPage([PAGE.width, PAGE.height]);
  let y = header(ctx, page, ctx.input.doc.listTitle);
  let x = PAGE.margin;
  let tallest = 1;
  picked.forEach((ci, k) => {
    const width = (widths[k] ?? 0) - PAD;
    const measure = (s: string) => textWidth(ctx, ctx.bold, s, SIZE);
    const lines = wrapText(ctx.input.table.columns[ci]?.header ?? '', width, measure);
    lines.forEach((line, n) =>
      page.drawText(line, { x, y: y - n * LINE, size: SIZE, font: ctx.bold, color: INK }),
    );
    tallest = Math.max(tallest, lines.length);
    x += widths[k] ?? 0;
  });
  y -= (tallest - 1) * LINE + 4;
  page.drawLine({
    start: { x: PAGE.margin, y },
    end: { x: PAGE.width - PAGE.margin, y },
    thickness: 0.6,
    color: RULE,
  });
  const fontKey = page.node.newFontDictionary(ctx.regular.name, ctx.regular.ref).asString();
  return { page, y: y - LINE - 1, ops: [], fontKey };
}

// The body is written as one raw content stream a page: one drawText call a cell was the slowest part.
function flush(ctx: Ctx, cursor: Cursor): void {
  if (cursor.ops.length === 0) return;
  // fflate deflates several times faster than the compressor bundled in pdf-lib.
  const body = zlibSync(strToU8(`q ${INK_OP} 0.75 0.75 0.8 RG 0.3 w\n${cursor.ops.join('\n')}\nQ`), {
    level: 6,
  });
  const stream = ctx.doc.context.stream(body, { Filter: 'FlateDecode' });
  cursor.page.node.addContentStream(ctx.doc.context.register(stream));
  cursor.ops = [];
}

/** Lines of a cell from `from`, as many as `count`, at the cursor. */
function drawLines(
  ctx: Ctx,
  cursor: Cursor,
  cells: string[][],
  from: number,
  count: number,
  widths: number[],
): void {
  let x = PAGE.margin;
  cells.forEach((lines, k) => {
    lines.slice(from, from + count).forEach((line, n) => {
      const y = cursor.y - n * LINE;
      cursor.ops.push(
        `BT ${cursor.fontKey} ${SIZE} Tf ${x.toFixed(2)} ${y.toFixed(2)} Td ${encoded(ctx, line)} Tj ET`,
      );
    });
    x += widths[k] ?? 0;
  });
}

/**
 * Draws one row whose height follows its tallest cell. A row that does not fit under the previous one starts a new
 * page; only a row taller than a whole page is continued on the next, so no page break cuts a row that could fit.
 */
function drawRow(ctx: Ctx, lay: Layout, cursor: Cursor, cells: string[][]): Cursor {
  const height = Math.max(1, ...cells.map((c) => c.length));
  const room = (c: Cursor) => Math.floor((c.y - BOTTOM) / LINE) + 1;
  let current = cursor;
  if (room(current) < height && current.ops.length > 0) {
    flush(ctx, current);
    current = startPage(ctx, lay);
  }
  for (let from = 0; from < height;) {
    const count = Math.min(height - from, Math.max(1, room(current)));
    drawLines(ctx, current, cells, from, count, lay.widths);
    from += count;
    current.y -= (count - 1) * LINE + GAP / 2;
    const rule = `${PAGE.margin} ${current.y.toFixed(2)} m ${(PAGE.width - PAGE.margin).toFixed(2)} ${current.y.toFixed(2)} l S`;
    current.ops.push(rule);
    current.y -= LINE + GAP / 2 - 2;
    if (from < height) {
      flush(ctx, current);
      current = startPage(ctx, lay);
    }
  }
  return current;
}

/** The flag list on as many pages as it needs: every cell wrapped to its column, no row cut by a page break. */
export function listPages(ctx: Ctx): { page: PDFPage; y: number } {
  const lay = layout(ctx);
  let cursor = startPage(ctx, lay);
  for (const row of ctx.input.table.rows) {
    const cells = lay.picked.map((ci, k) =>
      wrapText(cellText(ctx, row, ci), (lay.widths[k] ?? 0) - PAD, (s) =>
        textWidth(ctx, ctx.regular, s, SIZE),
      ),
    );
    cursor = drawRow(ctx, lay, cursor, cells);
  }
  flush(ctx, cursor);
  return { page: cursor.page, y: cursor.y };
}
