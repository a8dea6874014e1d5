import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildRows } from '../../../../src/core/export/export-rows.ts';
import { summarise } from '../../../../src/core/export/shift-summary.ts';
import { writePdf } from '../../../../src/core/export/pdf-writer.ts';
import { isFlagged } from '../../../../src/core/screening/screening-schema.ts';
import { generateScreenings, makeScreening } from '../../../fixtures/screenings.ts';
import { testLabels, testMeta } from '../../../fixtures/export-labels.ts';
import { testDocLabels } from '../../../fixtures/document-labels.ts';

const FONTS = join(import.meta.dirname, '../../../../src/assets/fonts');
const OUT = join(import.meta.dirname, '../../../../test-output/export');
const fonts = {
  regular: new Uint8Array(readFileSync(join(FONTS, 'LiberationSans-Regular.ttf'))),
  bold: new Uint8Array(readFileSync(join(FONTS, 'LiberationSans-Bold.ttf'))),
};

describe('the printable PDF, read back with pdftotext', () => {
  it('has the header, totals, every flagged passport, page numbers and signature lines', async () => {
    const { screenings } = generateScreenings({ count: 400, seed: 4 });
    const special = makeScreening({
      id: 'special',
      createdAt: '2026-11-23T03:00:00.000Z',
      passenger: {
        ...makeScreening().passenger,
        lastName: "MA'RUF",
        firstName: 'NUR AINI',
        passportNumber: 'E7654321',
      },
    });
    const all = [...screenings, special];
    const flagged = all.filter((s) => isFlagged(s.outcome));
    const summary = summarise(all, 'WIB');
    const table = buildRows(flagged, { allFields: false, labels: testLabels, zone: 'WIB' });
    const bytes = await writePdf({
      meta: testMeta,
      labels: testLabels,
      doc: testDocLabels,
      summary,
      table,
      fonts,
    });
    mkdirSync(OUT, { recursive: true });
    const file = join(OUT, 'handover.pdf');
    writeFileSync(file, bytes);
    const text = execFileSync('pdftotext', ['-layout', file, '-']).toString('utf8');
    const pages = text.split('\f').filter((p) => p.trim() !== '');
    expect(text).toContain('Rekap shift pemeriksaan keberangkatan');
    expect(text).toContain('PRE-XRAY-INTL');
    expect(text).toContain('Ketua Regu Siti Rahmawati');
    expect(text).toMatch(new RegExp(`${summary.screened}\\s+${summary.cleared}\\s+${summary.flagged}`));
    for (const s of flagged) expect(text).toContain(s.passenger.passportNumber);
    expect(text).toContain("MA'RUF, NUR AINI");
    expect(text).toContain(`Halaman 1 dari ${pages.length}`);
    expect(text).toContain(`Halaman ${pages.length} dari ${pages.length}`);
    expect(pages.at(-1)).toContain('Diserahkan oleh');
    expect(pages.at(-1)).toContain('Diterima oleh');
    const info = execFileSync('pdfinfo', [file]).toString();
    expect(info).toMatch(/Page size:\s+841\.89 x 595\.28/);
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '2', file, join(OUT, 'handover-page')]);
  });
});
