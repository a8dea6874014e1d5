import * as z from 'zod/mini';

/** One watchlist entry pulled from the central system: a pencegahan/atensi person or a known recruiter. */
export const WatchlistEntrySchema = z.object({
  id: z.string(),
  kind: z.enum(['cegah', 'atensi', 'prior_pmi_np', 'recruiter']),
  name: z.string(),
  birthDate: z.optional(z.nullable(z.string())),
  passportNumber: z.optional(z.nullable(z.string())),
  phone: z.optional(z.nullable(z.string())),
  socialHandle: z.optional(z.nullable(z.string())),
  note: z.optional(z.string()),
  updatedAt: z.string(),
  deleted: z.optional(z.boolean()),
});
export type WatchlistEntry = z.infer<typeof WatchlistEntrySchema>;
