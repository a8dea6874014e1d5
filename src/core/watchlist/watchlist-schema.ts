import * as z from 'zod/mini';
import { longText, shortText } from '../validation/storable.ts';

/** One watchlist entry pulled from the central system: a pencegahan/atensi person or a known recruiter. */
export const WatchlistEntrySchema = z.object({
  id: shortText,
  kind: z.enum(['cegah', 'atensi', 'prior_pmi_np', 'recruiter']),
  name: shortText,
  birthDate: z.optional(z.nullable(shortText)),
  passportNumber: z.optional(z.nullable(shortText)),
  phone: z.optional(z.nullable(shortText)),
  socialHandle: z.optional(z.nullable(shortText)),
  note: z.optional(longText),
  updatedAt: shortText,
  deleted: z.optional(z.boolean()),
});
export type WatchlistEntry = z.infer<typeof WatchlistEntrySchema>;
