import type { StatsQuery, StatsResponse } from '../../src/core/console/statistics-api.ts';
import {
  buildStatistics,
  type ClearDayRow,
  type FlaggedDayRow,
  type KeyDayRow,
} from '../../src/core/console/statistics-build.ts';
import { addDays } from '../../src/core/console/statistics-periods.ts';
import type { Queryable } from '../db.ts';

/** The WIB calendar day of a case's screening (WIB is UTC+7 all year). */
const WIB_DAY = `to_char((c.screened_at AT TIME ZONE 'UTC') + interval '7 hours', 'YYYY-MM-DD')`;
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
  const keyed = async (expr: string, from = 'cases c'): Promise<KeyDayRow[]> =>
    (
      await db.query<{ day: string; key: string | null } & Count>(
        `SELECT ${WIB_DAY} AS day, ${expr} AS key, count(*) AS count FROM ${from} WHERE ${caseWhere}
         GROUP BY 1, 2`,
        caseParams,
      )
    ).map((r) => ({ day: r.day, key: r.key, count: Number(r.count) }));

  const flagged = await db.query<Omit<FlaggedDayRow, 'count'> & Count>(
    `SELECT ${WIB_DAY} AS day, c.airport, c.checkpoint, c.outcome, count(*) AS count FROM cases c
     WHERE ${caseWhere} GROUP BY 1, 2, 3, 4`,
    caseParams,
  );
  // Each shift's totals are one row per device, shift day, shift, checkpoint and agency, replaced on every upload:
  // summing the rows takes each shift once.
  const clear = await db.query<ClearDayRow>(
    `SELECT to_char(day, 'YYYY-MM-DD') AS day, airport, checkpoint, sum(clear)::int AS clear,
       sum(clear_advised)::int AS "clearAdvised"
     FROM shift_counts WHERE day >= $1::date AND day <= $2::date AND ($3::text IS NULL OR airport = $3)
     GROUP BY 1, 2, 3`,
    [query.from, query.to, airport],
  );
  return buildStatistics(query, {
    clear,
    flagged: flagged.map((r) => ({ ...r, count: Number(r.count) })),
    destinations: await keyed('c.destination'),
    districts: await keyed('c.home_district'),
    indicators: await keyed('i.indicator', 'cases c CROSS JOIN LATERAL unnest(c.indicators) AS i(indicator)'),
  });
}
