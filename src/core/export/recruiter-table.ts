import type { ExportColumn, ExportLabels, ExportTable } from './export-table.ts';
import type { RecruiterEntry } from './recruiter-report.ts';

const COLUMNS: Omit<ExportColumn, 'header'>[] = [
  { key: 'personName', kind: 'text', width: 24 },
  { key: 'personRole', kind: 'text', width: 12 },
  { key: 'personPhone', kind: 'text', width: 16 },
  { key: 'personIdNumber', kind: 'text', width: 18 },
  { key: 'claimedCompany', kind: 'text', width: 24 },
  { key: 'socialHandle', kind: 'text', width: 18 },
  { key: 'screeningCount', kind: 'number', width: 10 },
  { key: 'routes', kind: 'text', width: 34 },
  { key: 'destinations', kind: 'text', width: 24 },
  { key: 'outcomes', kind: 'text', width: 34 },
  { key: 'passengers', kind: 'text', width: 40 },
  { key: 'firstSeen', kind: 'datetime', width: 17 },
  { key: 'lastSeen', kind: 'datetime', width: 17 },
  { key: 'screeningIds', kind: 'text', width: 40 },
];

/** Column keys of the recruiter report (for i18n). */
export const RECRUITER_COLUMN_KEYS = COLUMNS.map((c) => c.key);

/** The recruiter-centred report as a table for CSV/XLSX exchange with partners. */
export function recruiterTable(entries: readonly RecruiterEntry[], labels: ExportLabels): ExportTable {
  const place = (code: string) => labels.places[code] ?? (code || labels.unknown);
  const columns = COLUMNS.map((c) => ({ ...c, header: labels.columns[c.key] ?? c.key }));
  const rows = entries.map((e) => [
    e.person.name,
    labels.roles[e.person.role],
    e.person.phone ?? null,
    e.person.idNumber ?? null,
    e.person.claimedCompany ?? null,
    e.person.socialHandle ?? null,
    e.screeningIds.length,
    e.routes.map((r) => `${r.key} (${r.count})`).join('; '),
    e.destinations.map((d) => `${place(d.key)} (${d.count})`).join('; '),
    e.outcomes
      .map(
        (o) =>
          `${o.key === '' ? labels.undecided : (labels.outcomes[o.key as keyof typeof labels.outcomes] ?? o.key)} (${o.count})`,
      )
      .join('; '),
    e.passengers.join(', '),
    e.firstSeen || null,
    e.lastSeen || null,
    e.screeningIds.join(', '),
  ]);
  return { columns, rows };
}
