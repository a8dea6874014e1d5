import { getLang, isMessageKey, t } from '../../../i18n/i18n.ts';
import { OUTCOMES, type Outcome, type Screening } from '../../../core/screening/screening-schema.ts';
import type { DocumentLabels, ExportLabels } from '../../../core/export/export-table.ts';
import { countryName, countryOfDestination } from '../../../core/reference-data/places.ts';
import { districtName } from '../../../core/reference-data/regions.ts';
import { ROW_COLUMN_KEYS } from '../../../core/export/export-rows.ts';
import { RECRUITER_COLUMN_KEYS } from '../../../core/export/recruiter-table.ts';
import { shiftWindow, type Shift } from '../../../core/export/export-range.ts';
import type { ShiftStarts } from '../../../core/time/shifts.ts';

/** The outcome's short name in the chosen language. */
export function outcomeLabel(outcome: Outcome): string {
  return t(`export.outcome.${outcome}`);
}

const clock = (minute: number): string =>
  `${String(Math.floor(minute / 60) % 24).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;

const THREE_SHIFT_NAMES = ['morning', 'afternoon', 'night'] as const;

/**
 * A shift's name with its local hours under the checkpoint's shift starts: "Pagi 07:00–15:00" for the usual three
 * shifts, "Shift 2 14:00–02:00" when the checkpoint has one, two or four.
 */
export function shiftLabel(shift: Shift, starts: ShiftStarts): string {
  if (shift === 'day') return t('export.shift.day');
  const window = shiftWindow(shift, starts);
  const hours = { from: clock(window.startMinute), to: clock(window.startMinute + window.minutes) };
  const name = starts.length === 3 ? THREE_SHIFT_NAMES[shift] : undefined;
  return name ? t(`export.shift.${name}`, hours) : t('export.shift.numbered', { ...hours, n: shift + 1 });
}

/** An indicator's short label, or its id when this build has no text for it. */
export function indicatorLabel(id: string): string {
  const key = `export.indicator.${id}`;
  return isMessageKey(key) ? t(key) : id;
}

/** "JED · Arab Saudi": the code the officer typed plus the country, in the chosen language. */
export function placeLabel(code: string): string {
  const country = countryOfDestination(code);
  return country ? `${code} · ${countryName(country, getLang())}` : code;
}

/** Every label the export core needs, for the codes that occur in these screenings. */
export function buildExportLabels(screenings: readonly Screening[]): ExportLabels {
  const places: Record<string, string> = {};
  const districts: Record<string, string> = {};
  const indicators: Record<string, string> = {};
  for (const s of screenings) {
    const codes = [s.passenger.nationality, s.passenger.issuingState];
    if (s.flight) codes.push(s.flight.from, s.flight.finalDestination);
    for (const code of codes) {
      if (code && !(code in places)) places[code] = placeLabel(code);
    }
    const d = s.passenger.homeDistrictCode;
    if (d && !(d in districts)) districts[d] = districtName(d) ?? d;
    for (const id of Object.keys(s.answers)) if (!(id in indicators)) indicators[id] = indicatorLabel(id);
  }
  const columns: Record<string, string> = {};
  for (const key of [...ROW_COLUMN_KEYS.minimal, ...ROW_COLUMN_KEYS.extra]) {
    const msg = `export.column.${key}`;
    columns[key] = isMessageKey(msg) ? t(msg) : key;
  }
  for (const key of RECRUITER_COLUMN_KEYS) {
    const msg = `export.recruiterColumn.${key}`;
    columns[key] = isMessageKey(msg) ? t(msg) : key;
  }
  return {
    columns,
    outcomes: Object.fromEntries(OUTCOMES.map((o) => [o, outcomeLabel(o)])) as Record<Outcome, string>,
    indicators,
    districts,
    places,
    syncStates: {
      pending: t('export.sync.pending'),
      sent: t('export.sync.sent'),
      acknowledged: t('export.sync.acknowledged'),
      rejected: t('export.sync.rejected'),
      local_only: t('export.sync.local_only'),
    },
    roles: {
      sponsor: t('export.role.sponsor'),
      agent: t('export.role.agent'),
      companion: t('export.role.companion'),
    },
    agencies: { IMIGRASI: t('store.agency.IMIGRASI'), BP3MI: t('store.agency.BP3MI') },
    sexes: {
      female: t('exportFields.sex.female'),
      male: t('exportFields.sex.male'),
      nonspecified: t('exportFields.sex.nonspecified'),
    },
    machineColumn: t('exportFields.machineColumn'),
    handover: {
      confirmed: t('gate.history.handoverConfirmed'),
      unconfirmed: t('gate.history.handoverUnconfirmed'),
      typed: t('gate.history.handoverTyped'),
    },
    yes: t('export.value.yes'),
    no: t('export.value.no'),
    undecided: t('export.value.undecided'),
    unknown: t('export.value.unknown'),
  };
}

/** Document captions in the chosen language; the notice says whether every field is included. */
export function buildDocumentLabels(allFields: boolean): DocumentLabels {
  const d = (key: string) => (isMessageKey(`export.doc.${key}`) ? t(`export.doc.${key}` as never) : key);
  return {
    title: d('title'),
    listTitle: d('listTitle'),
    summarySheet: d('summarySheet'),
    listSheet: d('listSheet'),
    airport: d('airport'),
    checkpoint: d('checkpoint'),
    date: d('date'),
    shift: d('shift'),
    lead: d('lead'),
    generated: d('generated'),
    screened: d('screened'),
    cleared: d('cleared'),
    flagged: d('flagged'),
    undecided: d('undecided'),
    byOutcome: d('byOutcome'),
    byHour: d('byHour'),
    byDestination: d('byDestination'),
    byIndicator: d('byIndicator'),
    byDistrict: d('byDistrict'),
    count: d('count'),
    notStated: d('notStated'),
    page: d('page'),
    handedOverBy: d('handedOverBy'),
    receivedBy: d('receivedBy'),
    signature: d('signature'),
    nameAndDate: d('nameAndDate'),
    fieldsNotice: d(allFields ? 'fieldsNoticeAll' : 'fieldsNotice'),
  };
}
