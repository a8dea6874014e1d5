import { startPostgres } from '/work/main/tests/integration/pg-cluster.ts';
import { openDb } from '/work/main/server/db.ts';
const pg = await startPostgres();
if (!pg.url) throw new Error('no pg');
let fails = 0;
for (let round = 0; round < 3; round++) {
  const { execSync } = await import('node:child_process');
  const dbname = `race${round}`;
  execSync(`psql "${pg.url}" -c "CREATE DATABASE ${dbname}"`);
  const url = pg.url.replace(/\/[^/]*$/, `/${dbname}`);
  const r = await Promise.allSettled(Array.from({ length: 4 }, () => openDb({ databaseUrl: url })));
  for (const x of r) if (x.status === 'rejected') { fails++; console.log(String(x.reason).slice(0, 200)); } else await x.value.close();
}
console.log('fails', fails);
pg.stop();
