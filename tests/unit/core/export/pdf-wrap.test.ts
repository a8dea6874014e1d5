import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildRows } from '../../../../src/core/export/export-rows.ts';
import { summarise } from '../../../../src/core/export/shift-summary.ts';
import { writePdf } from '../../../../src/core/export/pdf-writer.ts';
import { fitWidths, wrapText } from '../../../../src/core/export/pdf-wrap.ts';
import type { ExportLabels } from '../../../../src/core/export/export-table.ts';
import { makeScreening } from '../../../fixtures/screenings.ts';
import { testLabels, testMeta } from '../../../fixtures/export-labels.ts';
import { testDocLabels } from '../../../fixtures/document-labels.ts';

// One unit a character: widths are easy to reason about.
const chars = (s: string) => s.length;

describe('wrapping a cell to its column', () => {
  it('breaks between words and keeps every word whole when it fits the column', () => {
    expect(wrapText('Penundaan keberangkatan', 14, chars)).toEqual(['Penundaan', 'keberangkatan']);
    expect(wrapText('Status sinkron', 20, chars)).toEqual(['Status sinkron']);
    expect(wrapText('a b c d e f', 3, chars)).toEqual(['a b', 'c d', 'e f']);
  });

  it('cuts a word only when the word alone is wider than the column, and loses no character', () => {
    const lines = wrapText('ke KEBERANGKATANPANJANG x', 6, chars);
    expect(lines).toEqual(['ke', 'KEBERA', 'NGKATA', 'NPANJA', 'NG x']);
    expect(lines.join('').replace(/ /g, '')).toBe('keKEBERANGKATANPANJANGx');
  });

  it('gives no line for an empty cell and folds runs of white space', () => {
    expect(wrapText('   ', 10, chars)).toEqual([]);
    expect(wrapText('Tiket \n  sekali\tjalan', 40, chars)).toEqual(['Tiket sekali jalan']);
  });
});

const FONTS = join(import.meta.dirname, '../../../../src/assets/fonts');
const OUT = join(import.meta.dirname, '../../../../test-output/export');
const fonts = {
  regular: new Uint8Array(readFileSync(join(FONTS, 'LiberationSans-Regular.ttf'))),
  bold: new Uint8Array(readFileSync(join(FONTS, 'LiberationSans-Bold.ttf'))),
};

const INDICATORS: Record<string, string> = {
  DOC_WORK_NO_WORKVISA: 'Akan bekerja tanpa visa kerja',
  DOC_NO_CONTRACT: 'Tanpa perjanjian kerja',
  DOC_DOCS_HELD_BY_OTHER: 'Paspor dipegang orang lain',
  TRV_ONE_WAY: 'Tiket sekali jalan',
  TRV_NO_ACCOMMODATION: 'Tanpa pemesanan penginapan',
  TRV_HIGH_RISK_DEST: 'Tujuan negara berisiko tinggi',
  TRV_THIRD_PARTY_BOOKING: 'Tiket dibelikan pihak ketiga',
  INT_SOCMED_JOB_OFFER: 'Tawaran kerja lewat media sosial',
  BEH_FEARFUL_CONTROLLED: 'Tampak takut dan diarahkan',
  CMP_HANDLER_CONTROLS: 'Pendamping mengarahkan jawaban',
};

async function pdfText(name: string, count: number): Promise<string[]> {
  const labels: ExportLabels = { ...testLabels, indicators: INDICATORS };
  const answers = Object.fromEntries(Object.keys(INDICATORS).map((id) => [id, 'yes' as const]));
  const screenings = Array.from({ length: count }, (_, i) =>
    makeScreening({
      id: `s-${i}`,
      createdAt: new Date(Date.UTC(2026, 10, 23, 1, i)).toISOString(),
      passenger: { ...makeScreening().passenger, passportNumber: `X${String(i).padStart(7, '0')}` },
      answers,
      outcome: 'DELAY_DEPARTURE',
      handover: { time: '2026-11-23T02:10:00.000Z', bp3miOfficer: 'Rahmat Hidayatullah' },
    }),
  );
  const table = buildRows(screenings, { allFields: false, labels, zone: 'WIB' });
  const bytes = await writePdf({
    meta: testMeta,
    labels,
    doc: testDocLabels,
    summary: summarise(screenings, 'WIB'),
    table,
    fonts,
  });
  mkdirSync(OUT, { recursive: true });
  const file = join(OUT, name);
  writeFileSync(file, bytes);
  // Without -layout each wrapped line comes out as its own line of text, in reading order.
  return execFileSync('pdftotext', [file, '-']).toString('utf8').split('\f');
}

describe('the PDF flag list with long labels, read back with pdftotext', () => {
  it('prints the whole outcome, sync-state header and every indicator, with no ellipsis', async () => {
    const pages = await pdfText('wrapped.pdf', 3);
    const text = pages.join('\n');
    expect(text).not.toContain('…');
    for (const word of ['Penundaan', 'keberangkatan', 'Status', 'sinkron', 'Petugas', 'penerima'])
      expect(text).toContain(word);
    const words = new Set(text.split(/\s+/));
    for (const label of Object.values(INDICATORS))
      for (const word of label.split(' ')) expect(words).toContain(word);
    expect(text).toContain('Rahmat');
    expect(text).toContain('Hidayatullah');
    expect(text).toContain('23/11/2026');
  });

  it('never splits a row across pages: each passport sits on one page with all of its indicators', async () => {
    const pages = await pdfText('wrapped-many.pdf', 60);
    const listPages = pages.filter((p) => p.includes('X0000'));
    expect(listPages.length).toBeGreaterThan(1);
    for (let i = 0; i < 60; i += 1) {
      const passport = `X${String(i).padStart(7, '0')}`;
      const holding = listPages.filter((p) => p.includes(passport));
      expect(holding).toHaveLength(1);
    }
    // Each page holds as many complete rows as passports: the last indicator word of a row is on its page.
    for (const page of listPages) {
      const rows = (page.match(/X\d{7}/g) ?? []).length;
      expect((page.match(/jawaban/g) ?? []).length).toBe(rows);
    }
  });
});

describe('sharing the page width between columns', () => {
  it('keeps the proportions when every column is wider than its longest word', () => {
    expect(fitWidths([1, 1, 2], [10, 10, 10], 100)).toEqual([25, 25, 50]);
  });

  it('widens a column to its longest word and takes the room from the others, filling the page', () => {
    const widths = fitWidths([1, 1, 8], [30, 5, 5], 100);
    expect(widths[0]).toBe(30);
    expect(widths[1]).toBeGreaterThanOrEqual(5);
    expect(widths.reduce((a, b) => a + b, 0)).toBeCloseTo(100);
  });
});
