import * as z from 'zod/mini';
import { calendarDate, int32, longText, shortText } from '../validation/storable.ts';

/** Outcome codes of REFERENCE §4, ordered from least to most protective. */
export const OUTCOMES = [
  'CLEAR',
  'CLEAR_ADVISED',
  'INTERVIEW',
  'REFER_BP3MI',
  'REFER_LAW_ENFORCEMENT',
  'PROPOSE_WATCH',
  'DELAY_DEPARTURE',
] as const;
export const OutcomeSchema = z.enum(OUTCOMES);
export type Outcome = z.infer<typeof OutcomeSchema>;

/** Agencies whose officers screen at the checkpoint. */
export const AgencySchema = z.enum(['IMIGRASI', 'BP3MI']);
export type Agency = z.infer<typeof AgencySchema>;

/** Roles of the people who sign in on a tablet. */
export const RoleSchema = z.enum(['officer', 'shift_lead']);
export type Role = z.infer<typeof RoleSchema>;

/** An answer to one indicator: Ya / Tidak / Tidak tahu. */
export const AnswerSchema = z.enum(['yes', 'no', 'unknown']);
export type Answer = z.infer<typeof AnswerSchema>;

// Every string and number is bounded to what the receiver's database can hold (../validation/storable.ts).
const isoDate = calendarDate;
const text = shortText;

/** The passenger, minimised to REFERENCE §5 (no raw MRZ, no photos, no religion/ethnicity/health). */
export const PassengerSchema = z.object({
  lastName: text,
  firstName: text,
  sex: z.enum(['male', 'female', 'nonspecified']),
  birthDate: z.nullable(isoDate),
  nationality: text,
  passportNumber: text,
  issuingState: text,
  passportExpiry: z.nullable(isoDate),
  issuingOffice: z.optional(text),
  passportIssueDate: z.optional(z.nullable(isoDate)),
  homeDistrictCode: z.optional(text),
  homeVillageCode: z.optional(text),
  phone: z.optional(text),
  nik: z.optional(text),
});
export type Passenger = z.infer<typeof PassengerSchema>;

/** The journey as read from the boarding pass or typed. */
export const FlightSchema = z.object({
  carrier: text,
  flightNumber: text,
  date: z.nullable(isoDate),
  from: text,
  finalDestination: text,
  transits: z.array(text),
  oneWay: z.nullable(z.boolean()),
  bookedBy: z.optional(text),
});
export type Flight = z.infer<typeof FlightSchema>;

/** A companion, handler or recruiter linked to one or more screenings. */
export const LinkedPersonSchema = z.object({
  id: text,
  name: text,
  phone: z.optional(text),
  idNumber: z.optional(text),
  claimedCompany: z.optional(text),
  socialHandle: z.optional(text),
  role: z.enum(['sponsor', 'agent', 'companion']),
  createdAt: text,
});
export type LinkedPerson = z.infer<typeof LinkedPersonSchema>;

/**
 * The passenger handed to BP3MI: when, to whom, who recorded it and whether the receiver proved it was them with
 * their own PIN on this tablet. Records stored before the handover step carry only `time` and `bp3miOfficer`.
 */
export const HandoverSchema = z.object({
  /** ISO instant of the handover. */
  time: text,
  /** The receiving BP3MI officer's name, as enrolled on this tablet or as typed. */
  bp3miOfficer: text,
  /** The receiver's pseudonymous id when they are enrolled on this tablet; absent when the name was typed. */
  bp3miOfficerId: z.optional(text),
  /** The officer (id) who recorded the handover, and when. */
  recordedBy: z.optional(text),
  recordedAt: z.optional(text),
  /** The receiver (id) who confirmed with their PIN, and when; absent while unconfirmed. */
  confirmedBy: z.optional(text),
  confirmedAt: z.optional(text),
});
export type Handover = z.infer<typeof HandoverSchema>;

/** One screening of one passenger; each amendment is a new revision of the same id. */
export const ScreeningSchema = z.object({
  id: text,
  revision: int32(1),
  status: z.enum(['draft', 'final']),
  createdAt: text,
  updatedAt: text,
  airport: text,
  checkpoint: text,
  agency: AgencySchema,
  officerId: text,
  deviceId: text,
  catalogueVersion: int32(),
  passenger: PassengerSchema,
  /** Passenger field → 'mrz' (read from a verified MRZ) or 'typed'; survives amendments. Absent on older records. */
  provenance: z.optional(z.record(text, z.enum(['mrz', 'typed']))),
  flight: z.nullable(FlightSchema),
  answers: z.record(text, AnswerSchema),
  /** Indicator id → the i18n key explaining why it was pre-answered from scanned data. */
  prefilled: z.record(text, text),
  /**
   * Pre-answered indicator ids the officer has since answered themselves: a profile-based pre-answer among them counts
   * as the officer's own answer (score.ts). Kept with the record so a resumed draft or an amendment remembers it.
   */
  confirmedPrefills: z.optional(z.array(text)),
  score: z.number().check(z.gte(-1e9), z.lte(1e9)),
  recommended: OutcomeSchema,
  outcome: z.nullable(OutcomeSchema),
  passportWithdrawn: z.boolean(),
  passportReceiptNumber: z.optional(text),
  decidedBy: z.nullable(text),
  decidedAt: z.nullable(text),
  note: longText,
  handover: z.optional(HandoverSchema),
  groupId: z.optional(text),
  linkedPersonIds: z.array(text),
});
export type Screening = z.infer<typeof ScreeningSchema>;

/** Whether a screening's outcome makes it a flagged departure (anything above a plain clearance). */
export function isFlagged(outcome: Outcome | null): boolean {
  return outcome !== null && outcome !== 'CLEAR' && outcome !== 'CLEAR_ADVISED';
}
