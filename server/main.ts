// Starts the reference receiver: the sync API and the built app on one origin (default http://127.0.0.1:4173).
import { join } from 'node:path';
import { retentionPolicy, startRetentionJob } from './console/retention.ts';
import { ensureFirstAdmin } from './console/staff.ts';
import { firstEnrolCode, startReceiver } from './receiver.ts';

const databaseUrl = process.env.DATABASE_URL || undefined;
const receiver = await startReceiver({
  host: process.env.HOST ?? '127.0.0.1',
  port: Number(process.env.PORT ?? 4173),
  databaseUrl,
  dataDir: process.env.SARING_DATA_DIR ?? join(import.meta.dirname, '..', '.data', 'pglite'),
  distDir: process.env.SARING_DIST ?? join(import.meta.dirname, '..', 'dist'),
});
console.log(`Saring: ${receiver.url}/  (receiver API ${receiver.url}/api/v1, database: ${receiver.db.kind})`);
const code = await firstEnrolCode(receiver.db);
if (code) console.log(`First device enrolment code (valid 24 h, single use): ${code}`);
startRetentionJob(receiver.db, retentionPolicy(process.env.SARING_RETENTION_DAYS));
const firstAdmin = await ensureFirstAdmin(receiver.db);
if (firstAdmin)
  console.log(`First console administrator (shown once): ${firstAdmin.username} / ${firstAdmin.password}`);
console.log(
  `Case console: ${receiver.url}/pusat/ (staff accounts: npm run receiver:admin -- create-admin <name>)`,
);

const stop = (): void => {
  void receiver.close().then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
