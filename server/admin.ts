// Shift-lead console: `npm run receiver:admin -- issue-code | list-devices | revoke-device <id> | create-admin <username> | load-watchlist file.csv | load-catalogue file.json`.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { purgeExpired, retentionPolicy } from './console/retention.ts';
import { createStaffUser, generatePassword } from './console/staff.ts';
import { USERNAME_PATTERN } from '../src/core/console/console-api.ts';
import { openDb } from './db.ts';
import { issueEnrolCode, listDevices, putCatalogue, revokeDevice, upsertWatchlist } from './repository.ts';
import { readWatchlistCsv } from './watchlist-csv.ts';

const [command, file] = process.argv.slice(2);
const db = await openDb({
  databaseUrl: process.env.DATABASE_URL || undefined,
  dataDir: process.env.SARING_DATA_DIR ?? join(import.meta.dirname, '..', '.data', 'pglite'),
});
let exitCode = 0;
try {
  if (command === 'issue-code') {
    console.log(`Enrolment code (valid 24 h, single use): ${await issueEnrolCode(db)}`);
  } else if (command === 'create-admin' && file) {
    const username = file.toLowerCase();
    if (!USERNAME_PATTERN.test(username)) {
      console.error('A username is 3–40 lower-case letters, digits, dots, dashes or underscores.');
      exitCode = 1;
    } else {
      const password = generatePassword();
      const made = await createStaffUser(db, { username, name: username, role: 'admin', password });
      if (made.ok)
        console.log(`Console administrator ${username} created; password (shown once): ${password}`);
      else {
        console.error(
          `Not created: ${made.error === 'console.error.usernameTaken' ? 'username in use' : made.error}`,
        );
        exitCode = 1;
      }
    }
  } else if (command === 'revoke-device' && file) {
    if (await revokeDevice(db, file, 'admin-cli'))
      console.log(`Device ${file} revoked: its token is refused from now on.`);
    else {
      console.error(`No device ${file}.`);
      exitCode = 1;
    }
  } else if (command === 'list-devices') {
    for (const d of await listDevices(db))
      console.log(
        [
          d.id,
          d.airport,
          d.checkpoint,
          d.enrolled_at,
          d.revoked ? 'REVOKED' : 'active',
          d.app_version ?? '-',
          `pending=${d.pending ?? '-'}`,
          `rejected=${d.rejected ?? '-'}`,
          `seen=${d.last_seen_at ?? '-'}`,
        ].join('\t'),
      );
  } else if (command === 'purge') {
    const removed = await purgeExpired(db, retentionPolicy(process.env.SARING_RETENTION_DAYS));
    console.log(
      `Retention: ${removed.length} closed case(s) removed${removed.length ? `: ${removed.join(', ')}` : ''}.`,
    );
  } else if (command === 'load-watchlist' && file) {
    const result = readWatchlistCsv(readFileSync(file, 'utf8'), new Date().toISOString());
    if (!result.ok) {
      console.error(`Watchlist NOT loaded; fix these rows:\n${result.errors.join('\n')}`);
      exitCode = 1;
    } else {
      await upsertWatchlist(db, result.entries);
      console.log(`Watchlist: ${result.entries.length} entries loaded.`);
    }
  } else if (command === 'load-catalogue' && file) {
    const body = JSON.parse(readFileSync(file, 'utf8')) as { version?: unknown };
    if (typeof body.version !== 'number') throw new Error('catalogue file needs a numeric "version"');
    await putCatalogue(db, body.version, body);
    console.log(`Catalogue version ${body.version} published.`);
  } else {
    console.error(
      'usage: receiver:admin -- issue-code | list-devices | revoke-device <id> | create-admin <username> | purge | load-watchlist <file.csv> | load-catalogue <file.json>',
    );
    exitCode = 2;
  }
} finally {
  await db.close();
}
process.exit(exitCode);
