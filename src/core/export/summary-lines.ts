import { OUTCOMES } from '../screening/screening-schema.ts';
import type { DocumentLabels, ExportLabels, ExportMeta } from './export-table.ts';
import type { Count, ShiftSummary } from './shift-summary.ts';

/** One line of the summary document: a section heading, or a label with its count. */
export type SummaryLine =
  { kind: 'heading'; text: string } | { kind: 'count'; label: string; value: number | string };

function counts(list: Count[], name: (key: string) => string): SummaryLine[] {
  return list.map((c) => ({ kind: 'count' as const, label: name(c.key), value: c.count }));
}

/** The summary as a flat list of lines, shared by the XLSX summary sheet and the PDF's first page. */
export function summaryLines(
  summary: ShiftSummary,
  meta: ExportMeta,
  labels: ExportLabels,
  doc: DocumentLabels,
): SummaryLine[] {
  const orCode = (map: Record<string, string>) => (key: string) =>
    key === '' ? doc.notStated : (map[key] ?? key);
  return [
    { kind: 'heading', text: doc.title },
    { kind: 'count', label: doc.airport, value: meta.airport },
    { kind: 'count', label: doc.checkpoint, value: meta.checkpoint },
    { kind: 'count', label: doc.date, value: meta.dateText },
    { kind: 'count', label: doc.shift, value: meta.shiftText },
    { kind: 'count', label: doc.lead, value: meta.leadName },
    { kind: 'heading', text: doc.count },
    { kind: 'count', label: doc.screened, value: summary.screened },
    { kind: 'count', label: doc.cleared, value: summary.cleared },
    { kind: 'count', label: doc.flagged, value: summary.flagged },
    { kind: 'count', label: doc.undecided, value: summary.undecided },
    { kind: 'heading', text: doc.byOutcome },
    ...OUTCOMES.map((o) => ({
      kind: 'count' as const,
      label: labels.outcomes[o],
      value: summary.byOutcome[o],
    })),
    { kind: 'heading', text: doc.byHour },
    ...summary.byHour.all.flatMap((n, h) =>
      n > 0 ? [{ kind: 'count' as const, label: `${String(h).padStart(2, '0')}:00`, value: n }] : [],
    ),
    { kind: 'heading', text: doc.byDestination },
    ...counts(summary.byDestination, orCode(labels.places)),
    { kind: 'heading', text: doc.byIndicator },
    ...counts(summary.byIndicator, orCode(labels.indicators)),
    { kind: 'heading', text: doc.byDistrict },
    ...counts(summary.byDistrict, orCode(labels.districts)),
  ];
}
