import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { buildRows } from '../../../../src/core/export/export-rows.ts';
import { summarise } from '../../../../src/core/export/shift-summary.ts';
import { summaryLines } from '../../../../src/core/export/summary-lines.ts';
import { writeXlsx } from '../../../../src/core/export/xlsx-writer.ts';
import { isFlagged } from '../../../../src/core/screening/screening-schema.ts';
import { generateScreenings, makeScreening } from '../../../fixtures/screenings.ts';
import { testLabels, testMeta } from '../../../fixtures/export-labels.ts';
import { testDocLabels } from '../../../fixtures/document-labels.ts';

async function workbookOf(count: number) {
  const { screenings } = generateScreenings({ count, seed: 21 });
  const flagged = screenings.filter((s) => isFlagged(s.outcome));
  const table = buildRows(flagged, { allFields: false, labels: testLabels, zone: 'WIB' });
  const summary = summarise(screenings, 'WIB');
  const bytes = writeXlsx({
    summarySheet: testDocLabels.summarySheet,
    listSheet: testDocLabels.listSheet,
    summary: summaryLines(summary, testMeta, testLabels, testDocLabels),
    table,
    zone: 'WIB',
  });
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
  );
  return { book, flagged, summary };
}

describe('the XLSX workbook, read back with ExcelJS', () => {
  it('has a summary sheet whose totals match and a list sheet with one row per flagged departure', async () => {
    const { book, flagged, summary } = await workbookOf(400);
    expect(book.worksheets.map((w) => w.name)).toEqual(['Ringkasan', 'Daftar']);
    const sum = book.getWorksheet('Ringkasan');
    const values = new Map<string, unknown>();
    sum?.eachRow((row) => values.set(String(row.getCell(1).value), row.getCell(2).value));
    expect(values.get('Diperiksa')).toBe(400);
    expect(values.get('Ditandai')).toBe(summary.flagged);
    expect(values.get('Diserahkan ke BP3MI')).toBe(summary.byOutcome.REFER_BP3MI);
    expect(values.get('Ketua regu')).toBe('Ketua Regu Siti Rahmawati');
    const list = book.getWorksheet('Daftar');
    expect(list?.rowCount).toBe(flagged.length + 1);
    expect(list?.getRow(1).getCell(7).value).toBe('Skor');
    expect(list?.getRow(2).getCell(3).value).toBe(flagged[0]?.passenger.passportNumber);
    expect(list?.getRow(2).getCell(7).value).toBe(flagged[0]?.score);
  });

  it('freezes the header row, sets column widths and writes real date cells in local time', async () => {
    const { book, flagged } = await workbookOf(60);
    const list = book.getWorksheet('Daftar');
    expect(list?.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(list?.getColumn(2).width).toBe(28);
    const cell = list?.getRow(2).getCell(1);
    expect(cell?.value).toBeInstanceOf(Date);
    expect(cell?.numFmt).toBe('dd/mm/yyyy hh:mm');
    // Workbooks carry wall-clock time: the UTC fields of the read date are the WIB time.
    const utc = Date.parse(flagged[0]?.createdAt ?? '');
    expect((cell?.value as Date).getTime()).toBeCloseTo(utc + 7 * 3_600_000, -3);
  });

  it('keeps markup-like and control characters from breaking the workbook', async () => {
    const note = 'Gaji <Rp10 juta> & "bonus"\u0007 di Jeddah — kata sponsor';
    const s = makeScreening({ note, passenger: { ...makeScreening().passenger, lastName: "MA'RUF & <X>" } });
    const table = buildRows([s], { allFields: true, labels: testLabels, zone: 'WIB' });
    const bytes = writeXlsx({
      summarySheet: 'Ringkasan',
      listSheet: 'Daftar',
      summary: [],
      table,
      zone: 'WIB',
    });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(
      bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
    );
    const row = book.getWorksheet('Daftar')?.getRow(2);
    const noteAt = table.columns.findIndex((c) => c.key === 'note') + 1;
    expect(row?.getCell(noteAt).value).toBe('Gaji <Rp10 juta> & "bonus" di Jeddah — kata sponsor');
    expect(row?.getCell(2).value).toBe("MA'RUF & <X>, SITI");
  });
});
