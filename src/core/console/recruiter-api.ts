import * as z from 'zod/mini';
import { AgencySchema, OutcomeSchema } from '../screening/screening-schema.ts';
import { MATCH_KINDS } from '../recruiters/group-persons.ts';
import { CaseStateNameSchema, type StaffRole } from './console-api.ts';

/** A worker's assessment of a party (i18n `recruiters.assessment.<code>`). */
export const ASSESSMENTS = ['suspected_recruiter', 'licensed_agent', 'sponsor_family', 'unknown'] as const;
export const AssessmentSchema = z.enum(ASSESSMENTS);
export type Assessment = z.infer<typeof AssessmentSchema>;

/** Partner agencies a dossier is exported for (i18n `recruiters.recipient.<code>`). */
export const RECIPIENTS = ['police', 'binda', 'imigrasi_intel', 'bp3mi_office'] as const;
export const RecipientSchema = z.enum(RECIPIENTS);
export type Recipient = z.infer<typeof RecipientSchema>;

export const MatchKindSchema = z.enum(MATCH_KINDS);

const text = (max: number) => z.string().check(z.minLength(1), z.maxLength(max));

/**
 * Who sees a passenger's name and passport number in a recruiter's records and dossiers: a supervisor, and a case
 * worker of the agency whose officer screened that departure (it handles the case). Everyone else sees a pseudonym.
 */
export function seesIdentity(role: StaffRole, screeningAgency: 'IMIGRASI' | 'BP3MI'): boolean {
  if (role === 'supervisor') return true;
  if (role === 'bp3mi_worker') return screeningAgency === 'BP3MI';
  if (role === 'imigrasi_worker') return screeningAgency === 'IMIGRASI';
  return false;
}

/** GET /recruiters query. `min`: departures a group needs to be listed (2 = recurring parties only). */
export const RecruiterQuerySchema = z.object({
  q: z.optional(text(100)),
  min: z.optional(z.coerce.number().check(z.int(), z.gte(1), z.lte(1000))),
  offset: z.optional(z.coerce.number().check(z.int(), z.gte(0), z.lte(1_000_000))),
  limit: z.optional(z.coerce.number().check(z.int(), z.gte(1), z.lte(200))),
});
export type RecruiterQuery = z.infer<typeof RecruiterQuerySchema>;
export const RECRUITER_PAGE_DEFAULT = 50;

const LatestAssessmentSchema = z.object({ assessment: AssessmentSchema, at: z.string() });

/** One row of the recruiter list. */
export const RecruiterSummarySchema = z.object({
  id: z.string(),
  /** The name most often recorded for the party. */
  name: z.string(),
  otherNames: z.number(),
  persons: z.number(),
  departures: z.number(),
  checkpoints: z.number(),
  airports: z.array(z.string()),
  lastSeenAt: z.nullable(z.string()),
  matchedBy: z.array(MatchKindSchema),
  latest: z.nullable(LatestAssessmentSchema),
});
export type RecruiterSummary = z.infer<typeof RecruiterSummarySchema>;
export const RecruiterListResponseSchema = z.object({
  items: z.array(RecruiterSummarySchema),
  total: z.number(),
  offset: z.number(),
});
export type RecruiterListResponse = z.infer<typeof RecruiterListResponseSchema>;

/** One departure the party accompanied; the passenger is a pseudonym when `identity` is null. */
export const RecruiterDepartureSchema = z.object({
  screeningId: z.string(),
  screenedAt: z.string(),
  airport: z.string(),
  checkpoint: z.string(),
  agency: AgencySchema,
  outcome: z.nullable(OutcomeSchema),
  destination: z.nullable(z.string()),
  /** The party's role on this departure as the officer recorded it. */
  role: z.string(),
  caseState: z.nullable(CaseStateNameSchema),
  pseudonym: z.string(),
  identity: z.nullable(z.object({ name: z.string(), passportNumber: z.string() })),
});
export type RecruiterDeparture = z.infer<typeof RecruiterDepartureSchema>;

/** An assessment as kept: never edited; a new one is added. */
export const AssessmentEntrySchema = z.object({
  id: z.string(),
  assessment: AssessmentSchema,
  note: z.string(),
  at: z.string(),
  by: z.object({ id: z.string(), name: z.string() }),
});
export type AssessmentEntry = z.infer<typeof AssessmentEntrySchema>;

/** A value recorded for the party and how many of its linked persons carry it. */
export const VariantSchema = z.object({ value: z.string(), count: z.number() });
export type Variant = z.infer<typeof VariantSchema>;

/** GET /recruiters/:id (any member's linked-person id). */
export const RecruiterDetailSchema = z.object({
  recruiter: RecruiterSummarySchema,
  names: z.array(VariantSchema),
  phones: z.array(VariantSchema),
  idNumbers: z.array(VariantSchema),
  socialHandles: z.array(VariantSchema),
  companies: z.array(VariantSchema),
  destinations: z.array(VariantSchema),
  departures: z.array(RecruiterDepartureSchema),
  assessments: z.array(AssessmentEntrySchema),
  /** Departures whose passenger the signed-in user sees by name. */
  identitiesShown: z.number(),
});
export type RecruiterDetail = z.infer<typeof RecruiterDetailSchema>;

/** POST /recruiters/:id/assessments */
export const AssessmentRequestSchema = z.object({
  assessment: AssessmentSchema,
  note: z.string().check(z.maxLength(2000)),
});
export type AssessmentRequest = z.infer<typeof AssessmentRequestSchema>;

/** GET /recruiters/:id/dossier.csv|pdf query: for whom, and the request it answers. */
export const DossierQuerySchema = z.object({
  recipient: RecipientSchema,
  reference: text(120),
  lang: z.optional(z.enum(['id', 'en'])),
});
export type DossierQuery = z.infer<typeof DossierQuerySchema>;
