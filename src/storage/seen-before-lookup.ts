import type { LinkedPerson } from '../core/screening/screening-schema.ts';
import {
  rankHandlers,
  summariseVisits,
  type HandlerLink,
  type PriorVisit,
  type SeenBeforeSummary,
} from '../core/screening/seen-before.ts';
import { blindIndex, decryptJson, normalisePassport, type StoreKeys } from './crypto.ts';
import type { SaringDb, ScreeningRow } from './db.ts';

/** Everything the scan screen shows about a passport before the checklist opens. */
export type SeenBeforeFacts = SeenBeforeSummary & {
  handlers: HandlerLink[];
  /** Names of the officers who made the earlier screenings, by officer id (unknown ids are absent). */
  officerNames: Record<string, string>;
};

/** Newest revisions of every screening of one passport on this tablet, through the blind index only. */
async function visitRows(db: SaringDb, passportIdx: string): Promise<ScreeningRow[]> {
  return db.screenings
    .where('passportIdx')
    .equals(passportIdx)
    .filter((row) => row.latest === 1)
    .toArray();
}

/** For one linked person: how many other passports came with them, and when the last one did. */
async function handlerLink(
  db: SaringDb,
  keys: StoreKeys,
  personId: string,
  passportIdx: string,
): Promise<HandlerLink | null> {
  const personRow = await db.linkedPersons.get(personId);
  if (!personRow) return null;
  const person = await decryptJson<LinkedPerson>(keys, personRow.data, `linked:${personRow.id}`);
  const others = await db.screenings
    .where('linkedPersonIds')
    .equals(personId)
    .filter((row) => row.latest === 1 && row.passportIdx !== passportIdx)
    .toArray();
  const passports = new Set(others.map((row) => row.passportIdx));
  const lastOtherAt = others.reduce<string | null>((a, b) => (a && a > b.createdAt ? a : b.createdAt), null);
  return {
    personId,
    name: person.name,
    role: person.role,
    phone: person.phone,
    socialHandle: person.socialHandle,
    otherPassengers: passports.size,
    lastOtherAt,
  };
}

async function officerNames(db: SaringDb, keys: StoreKeys, ids: string[]): Promise<Record<string, string>> {
  const rows = await db.officers.bulkGet(ids);
  const names: Record<string, string> = {};
  for (const row of rows) {
    if (row) names[row.id] = await decryptJson<string>(keys, row.nameCt, `officer:${row.id}`);
  }
  return names;
}

/**
 * Earlier screenings of a passport on this tablet (today's, and flagged ones before), and the linked persons of those
 * screenings who came with other passengers. Found through the keyed blind index and the linked-person index: no
 * screening is decrypted, so it stays fast with tens of thousands stored. `today` is the checkpoint's local day.
 * Null for a passport number too short to look up. The caller audits what it shows (see `seenBeforeAudit`).
 */
export async function lookupSeenBefore(
  db: SaringDb,
  keys: StoreKeys,
  passportNumber: string,
  today: string,
): Promise<SeenBeforeFacts | null> {
  if (normalisePassport(passportNumber).length < 5) return null;
  const idx = await blindIndex(keys, passportNumber);
  // Plain reads without the store's reopen-and-retry (kept out of this lazily loaded module); a failed read is told
  // to the officer as "could not be checked" and the screening goes on.
  const rows = await visitRows(db, idx);
  const visits: PriorVisit[] = rows.map((row) => ({
    id: row.id,
    createdAt: row.createdAt,
    day: row.createdDay,
    outcome: row.outcome,
    officerId: row.officerId,
  }));
  const summary = summariseVisits(visits, today);
  const personIds = [...new Set(rows.flatMap((row) => row.linkedPersonIds))];
  const links = await Promise.all(personIds.map((id) => handlerLink(db, keys, id, idx)));
  const handlers = rankHandlers(links.filter((link): link is HandlerLink => link !== null));
  const shown = [...summary.today, ...summary.flaggedBefore];
  const names = await officerNames(db, keys, [...new Set(shown.map((v) => v.officerId))]);
  return { ...summary, handlers, officerNames: names };
}

/** The audit entry of a look that showed earlier records (who saw which), or null when nothing was shown. */
export function seenBeforeAudit(
  facts: SeenBeforeFacts,
): { action: 'seen-before'; target: string; details: Record<string, unknown> } | null {
  const screenings = [...facts.today, ...facts.flaggedBefore].map((v) => v.id);
  const linkedPersons = facts.handlers.map((h) => h.personId);
  const target = screenings[0] ?? linkedPersons[0];
  return target ? { action: 'seen-before', target, details: { screenings, linkedPersons } } : null;
}
