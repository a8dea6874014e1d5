import * as z from 'zod/mini';

/** Categories of REFERENCE §3, in the order the checklist shows them. */
export const CATEGORIES = ['document', 'travel', 'interview', 'behaviour', 'companion', 'watchlist'] as const;
export type Category = (typeof CATEGORIES)[number];

/** Rules that can pre-answer an indicator from scanned data (implemented in prefill.ts). */
export const PREFILL_RULES = [
  'minorByBirthDate',
  'destinationRisk',
  'nameMismatch',
  'newPassport',
  'watchlistCegah',
  'watchlistPriorPmiNp',
  'watchlistRecruiter',
  'sendingArea',
] as const;
export type PrefillRule = (typeof PREFILL_RULES)[number];

const nonEmpty = z.string().check(z.minLength(1));
const countryCode = z.string().check(z.regex(/^[A-Z]{2}$/));

/** A text in Bahasa Indonesia and English. */
export const BilingualSchema = z.object({ id: nonEmpty, en: nonEmpty });
export type Bilingual = z.infer<typeof BilingualSchema>;

const indicatorBase = {
  id: z.string().check(z.regex(/^[A-Z][A-Z0-9_]{2,63}$/)),
  category: z.enum(CATEGORIES),
  question: BilingualSchema,
  help: BilingualSchema,
  prefill: z.optional(z.enum(PREFILL_RULES)),
  /** The answer rests on a profile fact (age, sex, origin): it never decides an outcome on its own (score.ts). */
  profile: z.optional(z.boolean()),
};

/** One indicator: either weighted (1 contextual, 2 moderate, 3 strong) or a red flag. */
export const IndicatorSchema = z.union([
  z.object({ ...indicatorBase, weight: z.union([z.literal(1), z.literal(2), z.literal(3)]) }),
  z.object({ ...indicatorBase, redFlag: z.literal(true) }),
]);
export type Indicator = z.infer<typeof IndicatorSchema>;

/** Lists the pre-answer rules read; data, not code, because they change (REFERENCE §1.5). */
export const CatalogueListsSchema = z.object({
  highRiskDestinations: z.array(countryCode),
  moratoriumCountries: z.array(countryCode),
  /** Kabupaten/kota codes (idn-area-data, e.g. '16.10') currently under a sending-area alert. */
  sendingAreaAlerts: z.array(z.string().check(z.regex(/^\d{2}\.\d{2}$/))),
});
export type CatalogueLists = z.infer<typeof CatalogueListsSchema>;

/** The safe-migration card shown to a passenger, updatable with the catalogue. */
export const SafeMigrationCardSchema = z.object({
  title: BilingualSchema,
  officialRoute: BilingualSchema,
  hotlines: z.array(z.object({ label: BilingualSchema, contact: nonEmpty })).check(z.minLength(1)),
  documentsTaken: BilingualSchema,
  footer: BilingualSchema,
});
export type SafeMigrationCard = z.infer<typeof SafeMigrationCardSchema>;

/** A whole catalogue version. */
export const CatalogueSchema = z
  .object({
    version: z.number().check(z.int(), z.gte(1)),
    publishedAt: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}/)),
    indicators: z.array(IndicatorSchema).check(z.minLength(1)),
    lists: CatalogueListsSchema,
    safeMigrationCard: SafeMigrationCardSchema,
  })
  .check(
    z.refine((c) => new Set(c.indicators.map((i) => i.id)).size === c.indicators.length, {
      message: 'indicator ids must be unique',
      path: ['indicators'],
    }),
  );
export type Catalogue = z.infer<typeof CatalogueSchema>;

/** Result of reading a catalogue file. */
export type ParseCatalogueResult =
  { ok: true; catalogue: Catalogue } | { ok: false; error: 'catalogue.error.invalid'; issues: string[] };

/** Validates a catalogue (e.g. one pulled by sync); never throws. `issues` are technical, for logs and support. */
export function parseCatalogue(json: unknown): ParseCatalogueResult {
  let value = json;
  if (typeof json === 'string') {
    try {
      value = JSON.parse(json);
    } catch {
      return { ok: false, error: 'catalogue.error.invalid', issues: ['not JSON'] };
    }
  }
  const result = CatalogueSchema.safeParse(value);
  if (result.success) return { ok: true, catalogue: result.data };
  const issues = result.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`);
  return { ok: false, error: 'catalogue.error.invalid', issues };
}

/** Result of offering a catalogue to replace the one in use. */
export type CatalogueUpdateResult =
  | { ok: true; catalogue: Catalogue }
  | { ok: false; error: 'catalogue.error.invalid' | 'catalogue.error.notNewer'; issues: string[] };

/**
 * Checks a pulled catalogue before it replaces `current`: it must be valid and of a higher version. On any
 * failure the caller keeps `current`; screenings keep the version they were answered against either way.
 */
export function acceptCatalogueUpdate(current: Catalogue, json: unknown): CatalogueUpdateResult {
  const parsed = parseCatalogue(json);
  if (!parsed.ok) return parsed;
  if (parsed.catalogue.version <= current.version) {
    return {
      ok: false,
      error: 'catalogue.error.notNewer',
      issues: [`version ${parsed.catalogue.version} is not newer than ${current.version}`],
    };
  }
  return parsed;
}

/** Whether an indicator is a red flag. */
export function isRedFlag(indicator: Indicator): boolean {
  return 'redFlag' in indicator;
}

/** An indicator's weight (0 for a red flag, which is counted apart). */
export function weightOf(indicator: Indicator): number {
  return 'weight' in indicator ? indicator.weight : 0;
}
