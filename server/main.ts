// Starts the reference receiver: the sync API and the built app on one origin (default http://127.0.0.1:4173).
import { join } from 'node:path';
import { DataDirLockedError } from './lock.ts';
import { retentionPolicy, startRetentionJob } from './console/retention.ts';
import { startWatchlistExpiryJob } from './console/watchlist-admin.ts';
import { ensureFirstAdmin } from './console/staff.ts';
import { firstEnrolCode, startReceiver, type RunningReceiver } from './receiver.ts';

const databaseUrl = process.env.DATABASE_URL || undefined;
let receiver: RunningReceiver;
try {
  receiver = await startReceiver({
    host: process.env.HOST ?? '127.0.0.1',
    port: Number(process.env.PORT ?? 4173),
    databaseUrl,
    dataDir: process.env.SARING_DATA_DIR ?? join(import.meta.dirname, '..', '.data', 'pglite'),
    distDir: process.env.SARING_DIST ?? join(import.meta.dirname, '..', 'dist'),
  });
} catch (error) {
  // A folder in use is an operator's situation, not a crash: say what to do, without a stack trace.
  if (error instanceof DataDirLockedError) {
    console.error(`Saring receiver NOT started. ${error.message}`);
    process.exit(1);
  }
  throw error;
}
const code = await firstEnrolCode(receiver.db);
if (code) console.log(`First device enrolment code (valid 24 h, single use): ${code}`);
startRetentionJob(receiver.db, retentionPolicy(process.env.SARING_RETENTION_DAYS));
startWatchlistExpiryJob(receiver.db);
const firstAdmin = await ensureFirstAdmin(receiver.db);
if (firstAdmin)
  console.log(`First console administrator (shown once): ${firstAdmin.username} / ${firstAdmin.password}`);
console.log(
  `Case console: ${receiver.url}/pusat/ (staff accounts: npm run receiver:admin -- create-admin <name>)`,
);
// Printed last: once this line is out, the receiver accepts requests.
console.log(`Saring: ${receiver.url}/  (receiver API ${receiver.url}/api/v1, database: ${receiver.db.kind})`);

const stop = (): void => {
  void receiver.close().then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
