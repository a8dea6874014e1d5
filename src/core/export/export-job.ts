import type { ExportJob } from './export-format.ts';
import { toCsv } from './csv.ts';
import { writePdf } from './pdf-writer.ts';
import { summaryLines } from './summary-lines.ts';
import { writeXlsx } from './xlsx-writer.ts';

/** Writes one export to bytes; fonts are only read for PDF. */
export async function writeExport(
  job: ExportJob,
  loadFonts: () => Promise<{ regular: Uint8Array; bold: Uint8Array }>,
): Promise<Uint8Array> {
  switch (job.format) {
    case 'csv':
      return new TextEncoder().encode(toCsv(job.table, job.meta.zone));
    case 'xlsx':
      return writeXlsx({
        summarySheet: job.doc.summarySheet,
        listSheet: job.doc.listSheet,
        summary: summaryLines(job.summary, job.meta, job.labels, job.doc),
        table: job.table,
        zone: job.meta.zone,
      });
    case 'pdf':
      return writePdf({ ...job, fonts: await loadFonts() });
  }
}
