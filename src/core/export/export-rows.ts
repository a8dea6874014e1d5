import type { LinkedPerson, Screening } from '../screening/screening-schema.ts';
import { isFlagged } from '../screening/screening-schema.ts';
import { zoneOffsetMs } from '../time/shifts.ts';
import type { Cell, CellKind, ExportColumn, ExportLabels, ExportTable, SyncState } from './export-table.ts';
import type { ZoneCode } from '../time/local-time.ts';

/** Options for building the list: the extra fields are for authorised recipients only. */
export type RowOptions = {
  allFields: boolean;
  labels: ExportLabels;
  zone: ZoneCode;
  /** Officer id → "Name (Agency)" from this tablet's officers; unknown ids are shown as the pseudonymous id. */
  officerNames?: Record<string, string>;
  /** Screening id → upload state, as the outbox knows it. */
  syncStates?: Record<string, SyncState>;
  linkedPersons?: readonly LinkedPerson[];
};

type ColumnDef = {
  key: string;
  kind: CellKind;
  width: number;
  value: (s: Screening, o: RowOptions) => Cell;
  /** Ids and codes kept for other systems, not for a person to read. */
  machine?: true;
};

const text = (v: string | null | undefined): Cell => (v === undefined || v === null || v === '' ? null : v);
const place = (code: string | undefined, o: RowOptions): Cell =>
  code ? (o.labels.places[code] ?? code) : null;
// ISO calendar dates (birth, expiry, flight) in the checkpoint's DD/MM/YYYY.
const day = (v: string | null | undefined): Cell => {
  const m = v ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(v) : null;
  return m ? `${m[3]}/${m[2]}/${m[1]}` : text(v);
};
const yesNo = (v: boolean | null, o: RowOptions): Cell =>
  v === null ? null : v ? o.labels.yes : o.labels.no;

/** The minimal fields the hand-over needs (REFERENCE §5, "daily exports: minimal fields"). */
const MINIMAL: ColumnDef[] = [
  { key: 'time', kind: 'datetime', width: 17, value: (s) => s.createdAt },
  { key: 'name', kind: 'text', width: 28, value: (s) => fullName(s) },
  { key: 'passportNumber', kind: 'text', width: 14, value: (s) => s.passenger.passportNumber },
  {
    key: 'flight',
    kind: 'text',
    width: 10,
    value: (s) => (s.flight ? s.flight.carrier + s.flight.flightNumber : null),
  },
  { key: 'finalDestination', kind: 'text', width: 18, value: (s, o) => place(s.flight?.finalDestination, o) },
  {
    key: 'indicatorsYes',
    kind: 'text',
    width: 40,
    value: (s, o) => indicatorsYes(s, o.labels).join('; ') || null,
  },
  { key: 'score', kind: 'number', width: 7, value: (s) => s.score },
  {
    key: 'outcome',
    kind: 'text',
    width: 22,
    value: (s, o) => (s.outcome ? o.labels.outcomes[s.outcome] : o.labels.undecided),
  },
  {
    key: 'decidedBy',
    kind: 'text',
    width: 18,
    value: (s, o) => (s.decidedBy ? (o.officerNames?.[s.decidedBy] ?? s.decidedBy) : null),
  },
  { key: 'handoverTime', kind: 'datetime', width: 17, value: (s) => text(s.handover?.time) },
  { key: 'handoverOfficer', kind: 'text', width: 24, value: (s, o) => handoverCell(s, o.labels) },
  { key: 'syncState', kind: 'text', width: 14, value: (s, o) => o.labels.syncStates[syncStateOf(s, o)] },
];

/** The rest of the record, for authorised recipients. */
const EXTRA: ColumnDef[] = [
  { key: 'id', kind: 'text', width: 38, value: (s) => s.id, machine: true },
  { key: 'revision', kind: 'number', width: 6, value: (s) => s.revision, machine: true },
  { key: 'airport', kind: 'text', width: 8, value: (s) => s.airport },
  { key: 'checkpoint', kind: 'text', width: 16, value: (s) => s.checkpoint },
  { key: 'agency', kind: 'text', width: 10, value: (s, o) => o.labels.agencies[s.agency] },
  { key: 'officerId', kind: 'text', width: 14, value: (s) => s.officerId, machine: true },
  { key: 'deviceId', kind: 'text', width: 14, value: (s) => s.deviceId, machine: true },
  { key: 'catalogueVersion', kind: 'number', width: 6, value: (s) => s.catalogueVersion, machine: true },
  { key: 'sex', kind: 'text', width: 12, value: (s, o) => o.labels.sexes[s.passenger.sex] },
  { key: 'birthDate', kind: 'text', width: 11, value: (s) => day(s.passenger.birthDate) },
  { key: 'nationality', kind: 'text', width: 16, value: (s, o) => place(s.passenger.nationality, o) },
  { key: 'issuingState', kind: 'text', width: 16, value: (s, o) => place(s.passenger.issuingState, o) },
  { key: 'passportExpiry', kind: 'text', width: 11, value: (s) => day(s.passenger.passportExpiry) },
  { key: 'issuingOffice', kind: 'text', width: 16, value: (s) => text(s.passenger.issuingOffice) },
  { key: 'passportIssueDate', kind: 'text', width: 11, value: (s) => day(s.passenger.passportIssueDate) },
  { key: 'homeDistrict', kind: 'text', width: 22, value: (s, o) => district(s, o) },
  {
    key: 'homeVillageCode',
    kind: 'text',
    width: 14,
    value: (s) => text(s.passenger.homeVillageCode),
    machine: true,
  },
  { key: 'phone', kind: 'text', width: 16, value: (s) => text(s.passenger.phone) },
  { key: 'nik', kind: 'text', width: 18, value: (s) => text(s.passenger.nik) },
  { key: 'flightDate', kind: 'text', width: 11, value: (s) => day(s.flight?.date) },
  { key: 'from', kind: 'text', width: 8, value: (s, o) => place(s.flight?.from, o) },
  { key: 'transits', kind: 'text', width: 16, value: (s) => s.flight?.transits.join(' → ') || null },
  { key: 'oneWay', kind: 'text', width: 6, value: (s, o) => yesNo(s.flight?.oneWay ?? null, o) },
  { key: 'bookedBy', kind: 'text', width: 16, value: (s) => text(s.flight?.bookedBy) },
  { key: 'recommended', kind: 'text', width: 22, value: (s, o) => o.labels.outcomes[s.recommended] },
  { key: 'passportWithdrawn', kind: 'text', width: 6, value: (s, o) => yesNo(s.passportWithdrawn, o) },
  { key: 'passportReceiptNumber', kind: 'text', width: 14, value: (s) => text(s.passportReceiptNumber) },
  { key: 'decidedAt', kind: 'datetime', width: 17, value: (s) => text(s.decidedAt) },
  { key: 'note', kind: 'text', width: 40, value: (s) => text(s.note) },
  { key: 'groupId', kind: 'text', width: 14, value: (s) => text(s.groupId), machine: true },
  { key: 'linkedPersons', kind: 'text', width: 30, value: (s, o) => linkedNames(s, o) },
];

/** The passenger's name as printed in the passport: SURNAME, Given names. */
export function fullName(s: Screening): string {
  const { lastName, firstName } = s.passenger;
  return firstName ? `${lastName}, ${firstName}` : lastName;
}

/** Short labels of the indicators answered Ya, in catalogue-id order. */
export function indicatorsYes(s: Screening, labels: ExportLabels): string[] {
  return Object.keys(s.answers)
    .filter((id) => s.answers[id] === 'yes')
    .sort()
    .map((id) => labels.indicators[id] ?? id);
}

/** The upload state the outbox reports, else "pending" for a flagged record and "local only" for a clearance. */
export function syncStateOf(s: Screening, o: Pick<RowOptions, 'syncStates'>): SyncState {
  return o.syncStates?.[s.id] ?? (isFlagged(s.outcome) ? 'pending' : 'local_only');
}

/** "Name (BP3MI) · confirmed by PIN", or the typed name and that it could not be confirmed. */
export function handoverCell(s: Screening, labels: ExportLabels): Cell {
  const h = s.handover;
  if (!h || h.bp3miOfficer === '') return null;
  if (!h.bp3miOfficerId) return `${h.bp3miOfficer} · ${labels.handover.typed}`;
  const state = h.confirmedBy ? labels.handover.confirmed : labels.handover.unconfirmed;
  return `${h.bp3miOfficer} (${labels.agencies.BP3MI}) · ${state}`;
}

function district(s: Screening, o: RowOptions): Cell {
  const code = s.passenger.homeDistrictCode;
  return code ? (o.labels.districts[code] ?? code) : null;
}

function linkedNames(s: Screening, o: RowOptions): Cell {
  if (s.linkedPersonIds.length === 0) return null;
  const byId = new Map((o.linkedPersons ?? []).map((p) => [p.id, p]));
  return s.linkedPersonIds
    .map((id) => {
      const p = byId.get(id);
      return p ? `${p.name} (${o.labels.roles[p.role]})` : id;
    })
    .join('; ');
}

/** Builds the list table: minimal fields, or every field when `allFields` is set. */
export function buildRows(screenings: readonly Screening[], options: RowOptions): ExportTable {
  const defs = options.allFields ? [...MINIMAL, ...EXTRA] : MINIMAL;
  const columns: ExportColumn[] = defs.map((d) => {
    const header = options.labels.columns[d.key] ?? d.key;
    return d.machine
      ? {
          key: d.key,
          header: options.labels.machineColumn.replace('{header}', header),
          kind: d.kind,
          width: d.width,
          machine: true,
        }
      : { key: d.key, header, kind: d.kind, width: d.width };
  });
  const rows = screenings.map((s) => defs.map((d) => d.value(s, options)));
  return { columns, rows };
}

/** Every column key the list can have, minimal ones first (for i18n completeness checks). */
export const ROW_COLUMN_KEYS = {
  minimal: MINIMAL.map((d) => d.key),
  extra: EXTRA.map((d) => d.key),
};

/** "DD/MM/YYYY HH:MM" of an ISO instant in the checkpoint's zone (no Intl: fast for thousands of rows). */
export function formatLocal(iso: string, zone: ZoneCode): string {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return iso;
  const d = new Date(ms + zoneOffsetMs(zone));
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(d.getUTCDate())}/${two(d.getUTCMonth() + 1)}/${d.getUTCFullYear()} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}`;
}
