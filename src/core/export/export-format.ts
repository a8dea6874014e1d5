import type { DocumentLabels, ExportLabels, ExportMeta, ExportTable } from './export-table.ts';
import type { ShiftSummary } from './shift-summary.ts';
import { zoneOffsetMs } from '../time/shifts.ts';

/** The three file formats a lead can export. */
export const EXPORT_FORMATS = ['csv', 'xlsx', 'pdf'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Everything a writer needs, plain data so it can cross into a worker. */
export type ExportJob = {
  format: ExportFormat;
  table: ExportTable;
  summary: ShiftSummary;
  meta: ExportMeta;
  labels: ExportLabels;
  doc: DocumentLabels;
};

/** MIME type and file extension of each format. */
export const FORMAT_INFO: Record<ExportFormat, { mime: string; ext: string }> = {
  csv: { mime: 'text/csv;charset=utf-8', ext: 'csv' },
  xlsx: { mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', ext: 'xlsx' },
  pdf: { mime: 'application/pdf', ext: 'pdf' },
};

/**
 * A file name that says where and when, with no personal data, stamped with the checkpoint's local day and time
 * (not UTC, which is the day before for an early WIB morning): saring-PLM-PRE-XRAY-INTL-20261123-0705.xlsx
 */
export function exportFileName(job: Pick<ExportJob, 'format' | 'meta'>): string {
  const ms = Date.parse(job.meta.generatedAtIso);
  const local = new Date((Number.isNaN(ms) ? 0 : ms) + zoneOffsetMs(job.meta.zone)).toISOString();
  const stamp = local.replace(/[-:]/g, '').slice(0, 13).replace('T', '-');
  const safe = (s: string) => s.replace(/[^A-Za-z0-9-]+/g, '-');
  return `saring-${safe(job.meta.airport)}-${safe(job.meta.checkpoint)}-${stamp}.${FORMAT_INFO[job.format].ext}`;
}

/** A request from the Export screen: the job and where the PDF fonts are. */
export type ExportRequest = { job: ExportJob; fontUrls: { regular: string; bold: string } };
/** Progress steps, then the file (transferred, not copied) and its SHA-256 in hex. */
export type ExportResponse =
  | { type: 'progress'; step: 'writing' | 'hashing' }
  | { type: 'done'; bytes: Uint8Array; sha256: string }
  | { type: 'error'; message: string };
