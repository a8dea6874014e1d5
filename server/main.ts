// Starts the reference receiver: the sync API and the built app on one origin (default http://127.0.0.1:4173).
import { join } from 'node:path';
import { describeDatabase, isUnavailable, unavailableReason } from './db.ts';
import { DataDirLockedError } from './lock.ts';
import { retentionPolicy, startRetentionJob } from './console/retention.ts';
import { startWatchlistExpiryJob } from './console/watchlist-admin.ts';
import { ensureFirstAdmin } from './console/staff.ts';
import { firstEnrolCode, startReceiver, type RunningReceiver } from './receiver.ts';

const databaseUrl = process.env.DATABASE_URL || undefined;

/** Requests a minute per device token (and per address for unauthenticated ones); unset or invalid: the default. */
function rateLimit(value: string | undefined): number | undefined {
  if (value === undefined || value === '') return undefined;
  const n = Number(value);
  if (Number.isInteger(n) && n > 0) return n;
  console.error(
    `SARING_RATE_LIMIT_PER_MINUTE=${value.slice(0, 20)} is not a positive whole number; the default applies`,
  );
  return undefined;
}
let receiver: RunningReceiver;
try {
  receiver = await startReceiver({
    host: process.env.HOST ?? '127.0.0.1',
    port: Number(process.env.PORT ?? 4173),
    databaseUrl,
    dataDir: process.env.SARING_DATA_DIR ?? join(import.meta.dirname, '..', '.data', 'pglite'),
    distDir: process.env.SARING_DIST ?? join(import.meta.dirname, '..', 'dist'),
    rateLimitPerMinute: rateLimit(process.env.SARING_RATE_LIMIT_PER_MINUTE),
  });
} catch (error) {
  // A folder in use is an operator's situation, not a crash: say what to do, without a stack trace.
  if (error instanceof DataDirLockedError) {
    console.error(`Saring receiver NOT started. ${error.message}`);
    process.exit(1);
  }
  if (databaseUrl && isUnavailable(error)) {
    console.error(
      `Saring receiver NOT started. PostgreSQL at ${describeDatabase(databaseUrl)} cannot be reached ` +
        `(${unavailableReason(error)}): start it, or correct DATABASE_URL.`,
    );
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
