import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadGrouping, type Grouping } from '../../server/console/recruiter-groups.ts';
import { openDb, type Db } from '../../server/db.ts';
import { startPostgres, type PgTarget } from './pg-cluster.ts';

let pg: PgTarget;
beforeAll(async () => {
  pg = await startPostgres();
  if ('reason' in pg) console.warn(`PostgreSQL tests skipped: ${pg.reason}`);
}, 60_000);
afterAll(() => {
  if (pg.url) pg.stop();
});

/** The database, with the number of rows each grouping read of a table returned. */
function spied(db: Db): { db: Db; read: { persons: number; departures: number } } {
  const read = { persons: 0, departures: 0 };
  const wrapped: Db = {
    kind: db.kind,
    transaction: (work) => db.transaction(work),
    close: () => db.close(),
    query: async <T>(sql: string, params?: unknown[]) => {
      const rows = await db.query<T>(sql, params);
      if (/FROM linked_persons\s+WHERE/.test(sql)) read.persons += rows.length;
      if (/FROM person_departures\s+WHERE/.test(sql)) read.departures += rows.length;
      return rows;
    },
  };
  return { db: wrapped, read };
}

/** What a worker sees of the grouping, comparable between an updated one and one built from scratch. */
const seen = (g: Grouping) =>
  g.groups
    .map((x) => ({
      key: x.key,
      members: x.members.map((m) => g.persons[m]?.id).sort(),
      name: x.name,
      departures: x.departures,
      checkpoints: x.checkpoints,
      airports: x.airports,
      lastSeenAt: x.lastSeenAt,
    }))
    .sort((a, b) => (a.key < b.key ? -1 : 1));

/** The grouping read from nothing, through a handle no grouping was held for. */
const fromScratch = async (db: Db) => seen(await loadGrouping(spied(db).db));

const OLD = '2026-01-01T00:00:00Z';
async function addPerson(db: Db, id: string, payload: object, at: string | null = OLD): Promise<void> {
  await db.query(
    `INSERT INTO linked_persons (id, payload, updated_at) VALUES ($1, $2::jsonb, coalesce($3::timestamptz, now()))`,
    [id, JSON.stringify({ id, role: 'agent', ...payload }), at],
  );
}
async function addDeparture(
  db: Db,
  person: string,
  screening: string,
  airport: string,
  at: string | null = OLD,
) {
  await db.query(
    `INSERT INTO person_departures (person_id, screening_id, revision, device_id, screened_at, airport, checkpoint,
       stored_at) VALUES ($1, $2, 1, 'DEV-1', $3::timestamptz, $4, 'PRE-XRAY-INTL', coalesce($3::timestamptz, now()))`,
    [person, screening, at ?? new Date().toISOString(), airport],
  );
}

describe.each(['pglite', 'postgres'] as const)('recruiter grouping kept up to date on %s', (kind) => {
  let base: Db;
  let dir: string;
  beforeAll(async () => {
    if (kind === 'postgres' && !pg.url) return;
    dir = mkdtempSync(join(tmpdir(), 'saring-grouping-'));
    base = await openDb(kind === 'postgres' ? { databaseUrl: pg.url ?? undefined } : { dataDir: dir });
    await base.query('TRUNCATE linked_persons, person_departures');
    // 60 persons, a party of three each (phone, old spelling with the company, handle), named on old departures.
    // Each party written an hour after the one before.
    for (let party = 0; party < 20; party += 1) {
      const at = new Date(Date.parse(OLD) + party * 3_600_000).toISOString();
      const phone = `08121000${String(party).padStart(4, '0')}`;
      await addPerson(base, `p${party}-a`, { name: `Joko Santoso${party}`, phone }, at);
      await addPerson(
        base,
        `p${party}-b`,
        {
          name: `Djoko Santoso${party}`,
          phone,
          socialHandle: `@agen${party}`,
        },
        at,
      );
      await addPerson(base, `p${party}-c`, { name: `Rudi ${party}`, socialHandle: `agen${party}` }, at);
      await addDeparture(base, `p${party}-a`, `s${party}-1`, 'PLM', at);
      await addDeparture(base, `p${party}-c`, `s${party}-2`, 'CGK', at);
    }
  }, 60_000);
  afterAll(async () => {
    await base?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('joins a newly arrived person and departure by reading only what was written since', async (ctx) => {
    if (!base) return ctx.skip();
    const { db, read } = spied(base);
    const first = await loadGrouping(db);
    expect(first.groups).toHaveLength(20);
    expect(read.persons).toBe(60);
    // A fourth record of party 3 on another tablet and airport, by its handle, and two lone newcomers by phone.
    await addPerson(base, 'p3-d', { name: 'Pak Rudi', socialHandle: 'https://instagram.com/agen3/' }, null);
    await addPerson(base, 'x1', { name: 'Ani', phone: '081299990000' }, null);
    await addPerson(base, 'x2', { name: 'Ana', phone: '+62 812-9999-0000' }, null);
    await addDeparture(base, 'p3-d', 's3-3', 'KNO', null);
    await addDeparture(base, 'x2', 's-x', 'KNO', null);
    read.persons = 0;
    read.departures = 0;
    const second = await loadGrouping(db);
    // What was written since, and (read again in case an older transaction committed late) the last party's rows.
    expect(read).toEqual({ persons: 3 + 3, departures: 2 + 2 });
    const party3 = second.groups[second.groupOf('p3-a') ?? -1];
    expect(party3?.members.map((m) => second.persons[m]?.id).sort()).toEqual([
      'p3-a',
      'p3-b',
      'p3-c',
      'p3-d',
    ]);
    expect(party3?.departures).toBe(3);
    expect(party3?.airports).toEqual(['CGK', 'KNO', 'PLM']);
    expect(second.groupOf('x1')).toBe(second.groupOf('x2'));
    expect(seen(second)).toEqual(await fromScratch(base));
    // Nothing written since: nothing read but the counts, and the same answer.
    read.persons = 0;
    expect(seen(await loadGrouping(db))).toEqual(seen(second));
    expect(read.persons).toBe(3);
  });

  it('keeps reading only what is new after a row stamped ahead of the database clock', async (ctx) => {
    if (!base) return ctx.skip();
    const { db, read } = spied(base);
    await loadGrouping(db);
    const ahead = new Date(Date.now() + 86_400_000).toISOString();
    await addPerson(base, 'y1', { name: 'Budi', phone: '081288880000' }, ahead);
    await addDeparture(base, 'y1', 's-y1', 'PLM', ahead);
    await loadGrouping(db);
    await addPerson(base, 'y2', { name: 'Budi', phone: '+62 812 8888 0000' }, null);
    await addDeparture(base, 'y2', 's-y2', 'KNO', null);
    read.persons = 0;
    read.departures = 0;
    const now = await loadGrouping(db);
    // The new person, the one stamped ahead (read again each time) and the first test's newcomers (written within the
    // two minutes read again): not the 66 stored.
    expect(read).toEqual({ persons: 2 + 3, departures: 2 + 2 });
    expect(now.groupOf('y2')).toBe(now.groupOf('y1'));
    expect(seen(now)).toEqual(await fromScratch(base));
    await base.query(`DELETE FROM linked_persons WHERE id IN ('y1', 'y2')`);
    await base.query(`DELETE FROM person_departures WHERE person_id IN ('y1', 'y2')`);
  });

  it('groups everything again when a departure is taken away or a person is edited apart', async (ctx) => {
    if (!base) return ctx.skip();
    const { db } = spied(base);
    await loadGrouping(db);
    // An amendment no longer names the person on s5-2: that departure goes, the party's count falls.
    await base.query(`DELETE FROM person_departures WHERE screening_id = 's5-2'`);
    let now = await loadGrouping(db);
    expect(now.groups[now.groupOf('p5-a') ?? -1]?.departures).toBe(1);
    expect(seen(now)).toEqual(await fromScratch(base));
    // Party 7's third record was corrected: another handle, so it is no longer the same party.
    await base.query(
      `UPDATE linked_persons SET payload = payload || '{"socialHandle": "@lain"}', updated_at = now() WHERE id = 'p7-c'`,
    );
    now = await loadGrouping(db);
    expect(now.groupOf('p7-c')).not.toBe(now.groupOf('p7-a'));
    expect(seen(now)).toEqual(await fromScratch(base));
  });
});
