import * as z from 'zod/mini';
import { OutcomeSchema } from '../screening/screening-schema.ts';

/** Period lengths the statistics are counted in. Weeks start on Monday (WIB). */
export const GRANULARITIES = ['week', 'month'] as const;
export const GranularitySchema = z.enum(GRANULARITIES);
export type Granularity = z.infer<typeof GranularitySchema>;

/** The longest period one request may cover, in days (two years, leap day included). */
export const STATS_MAX_DAYS = 731;

const isoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));

/** GET /statistics and /statistics/export.csv: WIB calendar days `from`..`to`, both included. */
export const StatsQuerySchema = z.object({
  from: isoDate,
  to: isoDate,
  granularity: GranularitySchema,
  airport: z.optional(z.string().check(z.regex(/^[A-Za-z]{3,4}$/))),
});
export type StatsQuery = z.infer<typeof StatsQuerySchema>;

/** One bar of a series: a week or a month, cut to the requested days. */
export const StatPeriodSchema = z.object({ start: isoDate, end: isoDate });
export type StatPeriod = z.infer<typeof StatPeriodSchema>;

/** Counts aligned with `periods`, one number a period. */
const Series = z.array(z.number());

/** A count by a key (country, kabupaten code or indicator id); `key` '' means the record did not say. */
export const StatKeyRowSchema = z.object({ key: z.string(), counts: Series, total: z.number() });
export type StatKeyRow = z.infer<typeof StatKeyRowSchema>;

export const StatOutcomeRowSchema = z.object({ outcome: OutcomeSchema, counts: Series, total: z.number() });
export type StatOutcomeRow = z.infer<typeof StatOutcomeRowSchema>;

/** One checkpoint: every outcome it recorded in the period (CLEAR ones from shift totals). */
export const StatCheckpointRowSchema = z.object({
  airport: z.string(),
  checkpoint: z.string(),
  outcomes: z.array(StatOutcomeRowSchema),
  counts: Series,
  total: z.number(),
});
export type StatCheckpointRow = z.infer<typeof StatCheckpointRowSchema>;

/**
 * GET /statistics. CLEAR and CLEAR_ADVISED come from the shift totals the tablets upload (numbers only); every other
 * outcome, and the destinations, home districts and indicators, from the flagged records (each record once, as its
 * newest revision stands).
 */
export const StatsResponseSchema = z.object({
  from: isoDate,
  to: isoDate,
  granularity: GranularitySchema,
  airport: z.nullable(z.string()),
  periods: z.array(StatPeriodSchema),
  outcomes: z.array(StatOutcomeRowSchema),
  checkpoints: z.array(StatCheckpointRowSchema),
  /** Flagged records by destination country (ISO code; the destination as typed when it names no country). */
  destinations: z.array(StatKeyRowSchema),
  /** Flagged records by home kabupaten/kota (Kemendagri code). */
  districts: z.array(StatKeyRowSchema),
  /** Flagged records with each indicator answered yes. */
  indicators: z.array(StatKeyRowSchema),
  totals: z.object({
    screened: z.number(),
    clear: z.number(),
    clearAdvised: z.number(),
    flagged: z.number(),
  }),
});
export type StatsResponse = z.infer<typeof StatsResponseSchema>;
