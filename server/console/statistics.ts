import type { StatsQuery, StatsResponse } from '../../src/core/console/statistics-api.ts';
import {
  buildStatistics,
  type ClearDayRow,
  type FlaggedDayRow,
  type KeyDayRow,
} from '../../src/core/console/statistics-build.ts';
import { addDays } from '../../src/core/console/statistics-periods.ts';
import type { Queryable } from '../db.ts';

/** The WIB calendar day of a case's screening (WIB is UTC+7 all year), a date: cheaper to group than text. */
const WIB_DAY = `((c.screened_at AT TIME ZONE 'UTC') + interval '7 hours')::date`;
/**
 * Flagged records: one case row per screening id, holding its newest revision. A record whose newest revision is
 * CLEAR or CLEAR_ADVISED is left out here: the tablet counts it in its shift totals.
 */
const FLAGGED = `c.outcome IS NOT NULL AND c.outcome NOT IN ('CLEAR', 'CLEAR_ADVISED')`;

type Count = { count: string | number };

/** Reads the per-day rows of a period and builds its statistics. The query must have been checked first. */
export async function statistics(db: Queryable, query: StatsQuery): Promise<StatsResponse> {
  const airport = query.airport ? query.airport.toUpperCase() : null;
  // Cases by the instant of the screening, from the start of the first WIB day to the end of the last.
  const caseParams = [`${query.from}T00:00:00+07:00`, `${addDays(query.to, 1)}T00:00:00+07:00`, airport];
  const caseWhere = `c.screened_at >= $1::timestamptz AND c.screened_at < $2::timestamptz
    AND ($3::text IS NULL OR c.airport = $3) AND ${FLAGGED}`;
  const grouped = <T>(columns: string): Promise<(T & { day: string } & Count)[]> =>
    db.query(
      `SELECT to_char(day, 'YYYY-MM-DD') AS day, ${columns.replaceAll('c.', '')}, count FROM (
         SELECT ${WIB_DAY} AS day, ${columns}, count(*) AS count FROM cases c WHERE ${caseWhere}
         GROUP BY day, ${columns}) g`,
      caseParams,
    );
  const keyed = async (column: string): Promise<KeyDayRow[]> =>
    (await grouped<Record<string, string | null>>(column)).map((r) => ({
      day: r.day,
      key: r[column.slice(2)] ?? null,
      count: Number(r.count),
    }));

  const flagged = await grouped<Omit<FlaggedDayRow, 'count' | 'day'>>('c.airport, c.checkpoint, c.outcome');
  // Grouped by the whole set of indicators answered yes (far fewer rows than one per answer), split here.
  const indicators: KeyDayRow[] = [];
  for (const r of await grouped<{ indicators: string[] }>('c.indicators'))
    for (const key of r.indicators) indicators.push({ day: r.day, key, count: Number(r.count) });
  // Each shift's totals are one row per device, shift day, shift, checkpoint and agency, replaced on every upload:
  // summing the rows takes each shift once.
  const clear = await db.query<ClearDayRow>(
    `SELECT to_char(day, 'YYYY-MM-DD') AS day, airport, checkpoint, clear, "clearAdvised" FROM (
       SELECT day, airport, checkpoint, sum(clear)::int AS clear, sum(clear_advised)::int AS "clearAdvised"
       FROM shift_counts WHERE day >= $1::date AND day <= $2::date AND ($3::text IS NULL OR airport = $3)
       GROUP BY 1, 2, 3) s`,
    [query.from, query.to, airport],
  );
  return buildStatistics(query, {
    clear,
    flagged: flagged.map((r) => ({ ...r, count: Number(r.count) })),
    destinations: await keyed('c.destination'),
    districts: await keyed('c.home_district'),
    indicators,
  });
}
