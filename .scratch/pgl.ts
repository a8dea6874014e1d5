import { openDb } from '/work/main/server/db.ts';
const db = await openDb({ dataDir: 'memory://' });
for (const [sql, p] of [["SELECT $1::jsonb", ['{"a":"\\u0000"}']], ["SELECT $1::integer", ['3000000000']], ["SELECT $1::text", ['a\u0000b']]] as const) {
  try { await db.query(sql, [...p]); console.log('ok', sql); } catch (e) { console.log(sql, (e as any).code, (e as Error).constructor.name, (e as Error).message); }
}
try { await db.transaction(async (tx) => { await tx.query("SELECT $1::integer", ['3000000000']); }); } catch (e) { console.log('tx', (e as any).code); }
await db.close();
