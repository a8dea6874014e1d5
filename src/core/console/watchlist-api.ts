import * as z from 'zod/mini';
import { WatchlistEntrySchema } from '../watchlist/watchlist-schema.ts';
import { storableText } from '../validation/storable.ts';

const isoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));
const optionalText = (max: number) => z.optional(z.nullable(storableText(max)));

/** Error codes of a CSV row or file (i18n keys of `watchAdmin.csv`). */
export const WATCHLIST_CSV_CODES = [
  'watchAdmin.csv.missing',
  'watchAdmin.csv.tooLong',
  'watchAdmin.csv.invalid',
  'watchAdmin.csv.badDate',
  'watchAdmin.csv.duplicateId',
  'watchAdmin.csv.extraCells',
  'watchAdmin.csv.empty',
  'watchAdmin.csv.unknownColumns',
  'watchAdmin.csv.missingColumns',
  'watchAdmin.csv.tooManyRows',
] as const;
export type WatchlistCsvCode = (typeof WATCHLIST_CSV_CODES)[number];
export const WatchlistCsvIssueSchema = z.object({ field: z.string(), code: z.enum(WATCHLIST_CSV_CODES) });
export type WatchlistCsvIssue = z.infer<typeof WatchlistCsvIssueSchema>;

/** POST /watchlist/import/preview and /watchlist/import: what the file would store, row by row. */
export const WatchlistCsvPreviewSchema = z.object({
  fileError: z.nullable(z.object({ code: z.enum(WATCHLIST_CSV_CODES), detail: z.string() })),
  rows: z.array(
    z.object({
      line: z.number(),
      id: z.nullable(z.string()),
      entry: z.nullable(WatchlistEntrySchema),
      expiresOn: z.nullable(isoDate),
      errors: z.array(WatchlistCsvIssueSchema),
    }),
  ),
  /** Rows without an error. */
  valid: z.number(),
});
export type WatchlistCsvPreview = z.infer<typeof WatchlistCsvPreviewSchema>;
/** Body of both import routes: the CSV text as read from the chosen file. */
export const WatchlistCsvRequestSchema = z.object({ csv: storableText(1_000_000, 1) });
/** POST /watchlist/import when every row is valid. */
export const WatchlistImportResponseSchema = z.object({ stored: z.number() });

/** POST /watchlist (add) and /watchlist/entries/:id (edit): the entry's fields; the server sets id and time. */
export const WatchlistEntryInputSchema = z.object({
  kind: WatchlistEntrySchema.shape.kind,
  name: storableText(200, 1),
  birthDate: z.optional(z.nullable(isoDate)),
  passportNumber: optionalText(200),
  phone: optionalText(200),
  socialHandle: optionalText(200),
  note: z.optional(storableText(4000)),
  expiresOn: z.optional(z.nullable(isoDate)),
});
export type WatchlistEntryInput = z.infer<typeof WatchlistEntryInputSchema>;

/** One entry as the console shows it: what the tablets hold, plus where it came from and when it ends. */
export const WatchlistItemSchema = z.object({
  entry: WatchlistEntrySchema,
  expiresOn: z.nullable(isoDate),
  source: z.nullable(z.string()),
  changedBy: z.nullable(z.string()),
  ended: z.boolean(),
});
export type WatchlistItem = z.infer<typeof WatchlistItemSchema>;

/** GET /watchlist?q=&kind=&ended=&cursor= (ordered by id; `ended=1` lists ended entries too). */
export const WatchlistQuerySchema = z.object({
  q: z.optional(storableText(100, 1)),
  kind: z.optional(WatchlistEntrySchema.shape.kind),
  ended: z.optional(z.enum(['0', '1'])),
  cursor: z.optional(storableText(200, 1)),
});
export type WatchlistQuery = z.infer<typeof WatchlistQuerySchema>;
export const WatchlistPageSchema = z.object({
  items: z.array(WatchlistItemSchema),
  nextCursor: z.nullable(z.string()),
});
export type WatchlistPage = z.infer<typeof WatchlistPageSchema>;
