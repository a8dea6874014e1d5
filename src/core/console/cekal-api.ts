import * as z from 'zod/mini';
import { storableText } from '../validation/storable.ts';

const isoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));
const personRef = z.object({ id: z.string(), name: z.string() });

/** What a cekal proposal asks for: a pencegahan (exit ban) or an atensi (watch) entry. */
export const CEKAL_KINDS = ['cegah', 'atensi'] as const;
export const CekalKindSchema = z.enum(CEKAL_KINDS);
export type CekalKind = z.infer<typeof CekalKindSchema>;

/** proposed → approved (in the watchlist until it expires) | refused; approved → expired. */
export const CEKAL_STATES = ['proposed', 'approved', 'refused', 'expired'] as const;
export const CekalStateSchema = z.enum(CEKAL_STATES);
export type CekalState = z.infer<typeof CekalStateSchema>;

/** Longest an approved entry may last: a pencegahan lasts at most six months (UU 6/2011 Pasal 97). */
export const CEKAL_MAX_DAYS = 183;
/** Shortest grounds a proposal may give (a reason another person can judge, not a word). */
export const CEKAL_GROUNDS_MIN = 20;

/** POST /cekal: a case worker proposes an entry for the passenger of a case. */
export const CekalProposeRequestSchema = z.object({
  caseId: storableText(200, 1),
  kind: CekalKindSchema,
  grounds: storableText(2000, CEKAL_GROUNDS_MIN),
});
export type CekalProposeRequest = z.infer<typeof CekalProposeRequestSchema>;

/** POST /cekal/:id/decision: an Imigrasi supervisor other than the proposer approves (with an expiry) or refuses. */
export const CekalDecisionRequestSchema = z.object({
  decision: z.enum(['approve', 'refuse']),
  reason: storableText(2000, 1),
  expiresOn: z.optional(isoDate),
});
export type CekalDecisionRequest = z.infer<typeof CekalDecisionRequestSchema>;

/** One proposal as the console lists it. */
export const CekalProposalSchema = z.object({
  id: z.string(),
  caseId: z.string(),
  kind: CekalKindSchema,
  state: CekalStateSchema,
  passengerName: z.string(),
  passportNumber: z.string(),
  birthDate: z.nullable(z.string()),
  grounds: z.string(),
  proposedBy: personRef,
  proposedAt: z.string(),
  decidedBy: z.nullable(personRef),
  decidedAt: z.nullable(z.string()),
  decisionReason: z.nullable(z.string()),
  expiresOn: z.nullable(isoDate),
  /** The watchlist entry an approval made (kept after it expires). */
  watchlistId: z.nullable(z.string()),
});
export type CekalProposal = z.infer<typeof CekalProposalSchema>;

/** GET /cekal?state=&caseId= */
export const CekalQuerySchema = z.object({
  state: z.optional(CekalStateSchema),
  caseId: z.optional(storableText(200, 1)),
});
export const CekalListResponseSchema = z.object({ items: z.array(CekalProposalSchema) });
export type CekalListResponse = z.infer<typeof CekalListResponseSchema>;
