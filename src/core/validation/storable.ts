import * as z from 'zod/mini';

/**
 * Value schemas that refuse what the receiver's PostgreSQL columns cannot hold, so a record either passes both the
 * contract and the database or is refused by the contract alone (and then one item is rejected, never a batch).
 */

/** Largest value of a PostgreSQL `integer` column. */
export const INT32_MAX = 2_147_483_647;
/** Longest id, code or short label a record carries. */
export const SHORT_TEXT = 200;
/** Longest free text (notes); the form itself allows far less. */
export const LONG_TEXT = 4000;

// PostgreSQL text and jsonb cannot hold U+0000, and jsonb refuses an unpaired UTF-16 surrogate.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Whether PostgreSQL can store this string as text or inside jsonb. */
export function isStorableText(value: string): boolean {
  return !value.includes('\u0000') && !LONE_SURROGATE.test(value);
}

/** A string of at most `max` characters (at least `min`) without NUL or lone surrogates. */
export function storableText(max: number, min = 0) {
  return z
    .string()
    .check(
      z.minLength(min),
      z.maxLength(max),
      z.refine(isStorableText, { message: 'contains NUL or an unpaired surrogate' }),
    );
}

/** An id, name, code or label: non-empty when `required`. */
export const shortText = storableText(SHORT_TEXT);
export const requiredText = storableText(SHORT_TEXT, 1);
/** Free text such as an officer's note. */
export const longText = storableText(LONG_TEXT);

/** An integer that fits a PostgreSQL `integer` column, at least `min`. */
export function int32(min = 0) {
  return z.number().check(z.int(), z.gte(min), z.lte(INT32_MAX));
}
/** A non-negative integer that fits a `bigint` column and a JavaScript number exactly (below 2^53). */
export const safeCount = z.number().check(z.int(), z.gte(0), z.lte(Number.MAX_SAFE_INTEGER));

/** Whether `YYYY-MM-DD` names a real calendar day (no 31 February, no year 0). */
export function isCalendarDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (year < 1 || month < 1 || month > 12 || day < 1) return false;
  const d = new Date(Date.UTC(2000, month - 1, day));
  d.setUTCFullYear(year);
  return d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}
/** A real calendar date written `YYYY-MM-DD`. */
export const calendarDate = z
  .string()
  .check(z.regex(/^\d{4}-\d{2}-\d{2}$/), z.refine(isCalendarDate, { message: 'not a calendar date' }));

/** Longest cursor: a `bigint` position has at most 19 digits; 18 always fit. */
export const CURSOR_DIGITS = 18;
/** A sync cursor: empty (from the start) or a position of at most 18 digits. */
export const cursorText = z.string().check(z.regex(new RegExp(`^\\d{0,${CURSOR_DIGITS}}$`)));
