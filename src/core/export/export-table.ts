import type { Agency, Outcome, Screening } from '../screening/screening-schema.ts';

type Sex = Screening['passenger']['sex'];
import type { ZoneCode } from '../time/local-time.ts';

/** How a column's cells are typed in a workbook: datetime cells hold ISO instants. */
export type CellKind = 'text' | 'number' | 'datetime';
/** One cell value; null is an empty cell. */
export type Cell = string | number | null;

/**
 * A column of an export: its stable key, the header in the chosen language, type and width in characters. A machine
 * column (ids, codes for other systems) is named as such in its header.
 */
export type ExportColumn = { key: string; header: string; kind: CellKind; width: number; machine?: boolean };

/** A language-neutral table every writer (CSV, XLSX, PDF) consumes. */
export type ExportTable = { columns: ExportColumn[]; rows: Cell[][] };

/** Where the upload of a flagged record stands; CLEAR records never leave the tablet. */
export type SyncState = 'pending' | 'sent' | 'acknowledged' | 'rejected' | 'local_only';

/** Every piece of text the core needs from the UI's language (core imports no i18n). */
export type ExportLabels = {
  /** Column key → header. */
  columns: Record<string, string>;
  outcomes: Record<Outcome, string>;
  /** Indicator id → short label (from the catalogue); unknown ids are shown as the id. */
  indicators: Record<string, string>;
  /** District code → name (reference data); unknown codes are shown as the code. */
  districts: Record<string, string>;
  /** Country or airport code → name; unknown codes are shown as the code. */
  places: Record<string, string>;
  syncStates: Record<SyncState, string>;
  roles: Record<'sponsor' | 'agent' | 'companion', string>;
  agencies: Record<Agency, string>;
  sexes: Record<Sex, string>;
  /** The header of a machine column, '{header}' standing for its name: "{header} (kode mesin)". */
  machineColumn: string;
  /** Whether the receiving BP3MI officer confirmed the handover with their PIN, or the name was typed. */
  handover: { confirmed: string; unconfirmed: string; typed: string };
  yes: string;
  no: string;
  undecided: string;
  unknown: string;
};

/** The heading of a document: where, when, which shift, who leads, in the chosen language. */
export type ExportMeta = {
  airport: string;
  checkpoint: string;
  zone: ZoneCode;
  /** Already formatted for people, e.g. "23/11/2026 – 23/11/2026". */
  dateText: string;
  shiftText: string;
  leadName: string;
  generatedAtIso: string;
};

/** Headings and captions of the documents (summary sheet, PDF), in the chosen language. */
export type DocumentLabels = {
  title: string;
  listTitle: string;
  summarySheet: string;
  listSheet: string;
  airport: string;
  checkpoint: string;
  date: string;
  shift: string;
  lead: string;
  generated: string;
  screened: string;
  cleared: string;
  flagged: string;
  undecided: string;
  byOutcome: string;
  byHour: string;
  byDestination: string;
  byIndicator: string;
  byDistrict: string;
  count: string;
  notStated: string;
  /** "Halaman {page} dari {pages}" */
  page: string;
  handedOverBy: string;
  receivedBy: string;
  signature: string;
  nameAndDate: string;
  fieldsNotice: string;
};
