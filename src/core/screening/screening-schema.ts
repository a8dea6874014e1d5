import * as z from 'zod/mini';

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

const isoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));

/** The passenger, minimised to REFERENCE §5 (no raw MRZ, no photos, no religion/ethnicity/health). */
export const PassengerSchema = z.object({
  lastName: z.string(),
  firstName: z.string(),
  sex: z.enum(['male', 'female', 'nonspecified']),
  birthDate: z.nullable(isoDate),
  nationality: z.string(),
  passportNumber: z.string(),
  issuingState: z.string(),
  passportExpiry: z.nullable(isoDate),
  issuingOffice: z.optional(z.string()),
  passportIssueDate: z.optional(z.nullable(isoDate)),
  homeDistrictCode: z.optional(z.string()),
  homeVillageCode: z.optional(z.string()),
  phone: z.optional(z.string()),
  nik: z.optional(z.string()),
});
export type Passenger = z.infer<typeof PassengerSchema>;

/** The journey as read from the boarding pass or typed. */
export const FlightSchema = z.object({
  carrier: z.string(),
  flightNumber: z.string(),
  date: z.nullable(isoDate),
  from: z.string(),
  finalDestination: z.string(),
  transits: z.array(z.string()),
  oneWay: z.nullable(z.boolean()),
  bookedBy: z.optional(z.string()),
});
export type Flight = z.infer<typeof FlightSchema>;

/** A companion, handler or recruiter linked to one or more screenings. */
export const LinkedPersonSchema = z.object({
  id: z.string(),
  name: z.string(),
  phone: z.optional(z.string()),
  idNumber: z.optional(z.string()),
  claimedCompany: z.optional(z.string()),
  socialHandle: z.optional(z.string()),
  role: z.enum(['sponsor', 'agent', 'companion']),
  createdAt: z.string(),
});
export type LinkedPerson = z.infer<typeof LinkedPersonSchema>;

/** One screening of one passenger; each amendment is a new revision of the same id. */
export const ScreeningSchema = z.object({
  id: z.string(),
  revision: z.number().check(z.int(), z.gte(1)),
  status: z.enum(['draft', 'final']),
  createdAt: z.string(),
  updatedAt: z.string(),
  airport: z.string(),
  checkpoint: z.string(),
  agency: AgencySchema,
  officerId: z.string(),
  deviceId: z.string(),
  catalogueVersion: z.number(),
  passenger: PassengerSchema,
  flight: z.nullable(FlightSchema),
  answers: z.record(z.string(), AnswerSchema),
  /** Indicator id → the i18n key explaining why it was pre-answered from scanned data. */
  prefilled: z.record(z.string(), z.string()),
  /**
   * Pre-answered indicator ids the officer has since answered themselves: a profile-based pre-answer among them counts
   * as the officer's own answer (score.ts). Kept with the record so a resumed draft or an amendment remembers it.
   */
  confirmedPrefills: z.optional(z.array(z.string())),
  score: z.number(),
  recommended: OutcomeSchema,
  outcome: z.nullable(OutcomeSchema),
  passportWithdrawn: z.boolean(),
  passportReceiptNumber: z.optional(z.string()),
  decidedBy: z.nullable(z.string()),
  decidedAt: z.nullable(z.string()),
  note: z.string(),
  handover: z.optional(z.object({ time: z.string(), bp3miOfficer: z.string() })),
  groupId: z.optional(z.string()),
  linkedPersonIds: z.array(z.string()),
});
export type Screening = z.infer<typeof ScreeningSchema>;

/** Whether a screening's outcome makes it a flagged departure (anything above a plain clearance). */
export function isFlagged(outcome: Outcome | null): boolean {
  return outcome !== null && outcome !== 'CLEAR' && outcome !== 'CLEAR_ADVISED';
}
