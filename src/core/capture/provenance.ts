import type { Passenger, Screening } from '../screening/screening-schema.ts';

/** Where one passenger field came from: a verified MRZ or the officer's typing. */
export type FieldOrigin = 'mrz' | 'typed';

/** Passenger field → where it came from, kept with the record so every amendment still knows. */
export type Provenance = Partial<Record<keyof Passenger, FieldOrigin>>;

/** The fields an MRZ carries, with check digits or as printed beside them. */
export const MRZ_FIELDS = [
  'lastName',
  'firstName',
  'sex',
  'birthDate',
  'nationality',
  'passportNumber',
  'issuingState',
  'passportExpiry',
] as const satisfies ReadonlyArray<keyof Passenger>;

/** One of the MRZ's fields. */
export type MrzField = (typeof MRZ_FIELDS)[number];

/** The provenance of a new screening's passenger: every MRZ field from the MRZ when it verified, else typed. */
export function initialProvenance(passenger: Passenger | null, verified: boolean): Provenance {
  if (!passenger) return {};
  const origin: FieldOrigin = verified ? 'mrz' : 'typed';
  return Object.fromEntries(MRZ_FIELDS.map((field) => [field, origin]));
}

/**
 * The provenance after an edit: each field whose value changed, or that the officer set even to the same value
 * (`touched`), is now typed; the others keep their origin.
 */
export function afterEdit(
  provenance: Provenance,
  before: Passenger,
  after: Passenger,
  touched: ReadonlyArray<keyof Passenger> = [],
): Provenance {
  const next: Provenance = { ...provenance };
  for (const field of Object.keys(after) as Array<keyof Passenger>) {
    if (after[field] !== before[field] || touched.includes(field)) next[field] = 'typed';
  }
  return next;
}

/** Whether the sex is still to be chosen: a passenger typed from nothing has no default. */
export function sexUnchosen(screening: Pick<Screening, 'provenance'>): boolean {
  return screening.provenance !== undefined && screening.provenance.sex === undefined;
}

/** How the passport reads as a whole: all from a verified MRZ, partly corrected by hand (which fields), or typed. */
export function passportOrigin(
  screening: Pick<Screening, 'provenance'>,
  fallbackVerified: boolean,
): { kind: 'mrz' } | { kind: 'corrected'; fields: MrzField[] } | { kind: 'typed' } {
  const provenance = screening.provenance;
  if (!provenance) return { kind: fallbackVerified ? 'mrz' : 'typed' };
  const fromMrz = MRZ_FIELDS.filter((field) => provenance[field] === 'mrz');
  if (fromMrz.length === 0) return { kind: 'typed' };
  const typed = MRZ_FIELDS.filter((field) => provenance[field] === 'typed');
  return typed.length === 0 ? { kind: 'mrz' } : { kind: 'corrected', fields: typed };
}
