import * as z from 'zod/mini';
import { OutcomeSchema, ScreeningSchema, LinkedPersonSchema } from '../screening/screening-schema.ts';
import { storableText } from '../validation/storable.ts';
import { FieldChangeSchema } from './console-api.ts';

/** open → kept (the stored revision stays) | accepted (the tablet's payload became the next revision). */
export const CONFLICT_STATES = ['open', 'kept', 'accepted'] as const;
export const ConflictStateSchema = z.enum(CONFLICT_STATES);
export type ConflictState = z.infer<typeof ConflictStateSchema>;

/** What a worker decides about a conflict. */
export const CONFLICT_DECISIONS = ['keep', 'accept'] as const;
export const ConflictDecisionSchema = z.enum(CONFLICT_DECISIONS);
export type ConflictDecision = z.infer<typeof ConflictDecisionSchema>;

/** Shortest reason a resolution may give: something another person can judge later, not a word. */
export const CONFLICT_REASON_MIN = 10;

const personRef = z.object({ id: z.string(), name: z.string() });

/** One conflict as the list shows it. */
export const ConflictSummarySchema = z.object({
  id: z.string(),
  recordId: z.string(),
  revision: z.number(),
  deviceId: z.string(),
  airport: z.string(),
  checkpoint: z.string(),
  passengerName: z.string(),
  /** Outcome the tablet's payload carries, and the one stored under the same revision. */
  outcome: z.nullable(OutcomeSchema),
  storedOutcome: z.nullable(OutcomeSchema),
  receivedAt: z.string(),
  /** How many times the tablet sent this same payload (a requeue sends it again). */
  timesReceived: z.number(),
  state: ConflictStateSchema,
  /** Increases with every resolution; a resolution must send the one it saw. */
  version: z.number(),
  /** Whether a case exists for the record (flagged). */
  hasCase: z.boolean(),
});
export type ConflictSummary = z.infer<typeof ConflictSummarySchema>;

/** GET /conflicts?state=open|resolved: newest first (at most 200); `openCount` is the nav badge. */
export const ConflictListQuerySchema = z.object({
  state: z.optional(z.enum(['open', 'resolved'])),
});
export const ConflictListResponseSchema = z.object({
  items: z.array(ConflictSummarySchema),
  openCount: z.number(),
});
export type ConflictListResponse = z.infer<typeof ConflictListResponseSchema>;
/** GET /conflicts/count */
export const ConflictCountResponseSchema = z.object({ open: z.number() });

/** A payload as the tablet sent it: the screening revision and its linked persons. */
const PayloadSchema = z.object({ screening: ScreeningSchema, linkedPersons: z.array(LinkedPersonSchema) });

/** GET /conflicts/:id: the payload sent beside the revision stored under the same id and revision. */
export const ConflictDetailSchema = z.object({
  conflict: ConflictSummarySchema,
  incoming: PayloadSchema,
  stored: PayloadSchema,
  storedReceivedAt: z.string(),
  /** Field by field, stored (before) → incoming (after); revision and updatedAt included (they matter here). */
  changes: z.array(FieldChangeSchema),
  /** The newest revision the receiver holds for this record: what "accept" builds on. */
  latestRevision: z.number(),
  resolution: z.nullable(
    z.object({
      by: personRef,
      at: z.string(),
      reason: z.string(),
      acceptedRevision: z.nullable(z.number()),
    }),
  ),
});
export type ConflictDetail = z.infer<typeof ConflictDetailSchema>;

/** POST /conflicts/:id/resolve */
export const ConflictResolveRequestSchema = z.object({
  decision: ConflictDecisionSchema,
  version: z.number().check(z.int(), z.gte(1)),
  reason: storableText(2000),
});
export type ConflictResolveRequest = z.infer<typeof ConflictResolveRequestSchema>;
