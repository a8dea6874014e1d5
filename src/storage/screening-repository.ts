import {
  isFlagged,
  LinkedPersonSchema,
  ScreeningSchema,
  type LinkedPerson,
  type Screening,
} from '../core/screening/screening-schema.ts';
import { localDay, type ZoneCode } from '../core/time/local-time.ts';
import { blindIndex, decryptJson, encryptJson, normalisePassport, type StoreKeys } from './crypto.ts';
import type { LinkedPersonRow, OutboxRow, SaringDb, ScreeningRow } from './db.ts';
import { appendAudit, auditTables, commitAudit, prepareAudit, type AuditInput } from './audit-log.ts';
import type { RevisionAudit, ScreeningStore } from './screening-store.ts';
import { serialWrite, StoreError, withReopen } from './store-errors.ts';

/** Who is writing and where: the signed-in officer and the checkpoint's zone (for local days). */
export type RepositoryContext = { officerId: string; zone: ZoneCode; now?: () => Date };

const screeningAad = (id: string, revision: number) => `screening:${id}:${revision}`;

/** Decrypts one stored revision. */
export function decryptScreening(keys: StoreKeys, row: ScreeningRow): Promise<Screening> {
  return decryptJson<Screening>(keys, row.data, screeningAad(row.id, row.revision));
}

/** One stored revision of a screening, without an audit entry (for the sync engine's upload). */
export async function readScreeningRevision(
  db: SaringDb,
  keys: StoreKeys,
  id: string,
  revision: number,
): Promise<Screening | undefined> {
  const row = await withReopen(db, () => db.screenings.get([id, revision]));
  return row ? decryptScreening(keys, row) : undefined;
}

/** Linked persons by id (for the sync engine's upload). */
export async function readLinkedPersons(
  db: SaringDb,
  keys: StoreKeys,
  ids: string[],
): Promise<LinkedPerson[]> {
  const rows = await withReopen(db, () => db.linkedPersons.bulkGet(ids));
  return Promise.all(
    rows.filter((row): row is LinkedPersonRow => row !== undefined).map((row) => decryptLinked(keys, row)),
  );
}

function decryptLinked(keys: StoreKeys, row: LinkedPersonRow): Promise<LinkedPerson> {
  return decryptJson<LinkedPerson>(keys, row.data, `linked:${row.id}`);
}

async function encryptLinked(keys: StoreKeys, person: LinkedPerson): Promise<LinkedPersonRow> {
  if (!LinkedPersonSchema.safeParse(person).success) throw new StoreError('store.error.invalid');
  return {
    id: person.id,
    createdAt: person.createdAt,
    data: await encryptJson(keys, person, `linked:${person.id}`),
  };
}

async function latestRow(db: SaringDb, id: string): Promise<ScreeningRow | undefined> {
  const rows = await db.screenings.where('id').equals(id).toArray();
  return rows.reduce<ScreeningRow | undefined>((a, b) => (!a || b.revision > a.revision ? b : a), undefined);
}

function changedFields(before: Screening, after: Screening): string[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  const ignored = new Set(['revision', 'updatedAt', 'status']);
  return [...keys]
    .filter((key) => !ignored.has(key))
    .filter(
      (key) =>
        JSON.stringify((before as Record<string, unknown>)[key]) !==
        JSON.stringify((after as Record<string, unknown>)[key]),
    )
    .sort();
}

function nameMatches(screening: Screening, needle: string): boolean {
  const { firstName, lastName } = screening.passenger;
  const hay = `${firstName} ${lastName} ${lastName} ${firstName}`.toLowerCase().replace(/\s+/g, ' ');
  return hay.includes(needle);
}

/** The ScreeningStore of an unlocked session: every personal field encrypted, every decision audited. */
export function createScreeningStore(
  db: SaringDb,
  keys: StoreKeys,
  context: RepositoryContext,
): ScreeningStore {
  const now = context.now ?? (() => new Date());
  const officerId = context.officerId;
  const draftAad = `draft:${officerId}`;

  /** What a write prepares outside the transaction (WebCrypto cannot run inside one): its audit entry and its body. */
  type Prepared<T> = { audit: AuditInput; apply: (current: ScreeningRow | undefined) => Promise<T> };

  /**
   * Writes with an audit entry in the same transaction, one write at a time in this page; prepares again from the
   * latest revision if another tab moved the record or the audit chain first.
   */
  async function auditedWrite<T>(
    prepare: (before: ScreeningRow | undefined) => Promise<Prepared<T>>,
    screeningId?: string,
  ): Promise<T> {
    return serialWrite(db, () =>
      withReopen(db, async () => {
        for (let attempt = 0; ; attempt += 1) {
          const before = screeningId ? await latestRow(db, screeningId) : undefined;
          const { audit, apply } = await prepare(before);
          const entry = await prepareAudit(db, keys, audit, now());
          try {
            const tables = [db.screenings, db.outbox, db.linkedPersons, db.drafts, ...auditTables(db)];
            return await db.transaction('rw', tables, async () => {
              const current = screeningId ? await latestRow(db, screeningId) : undefined;
              if (current?.revision !== before?.revision) throw new StoreError('store.error.conflict');
              const result = await apply(current);
              await commitAudit(db, entry);
              return result;
            });
          } catch (error) {
            const conflict =
              error instanceof StoreError
                ? error.code === 'store.error.conflict'
                : /Constraint/.test(String((error as Error)?.name));
            if (!conflict || attempt >= 2) throw error;
          }
        }
      }),
    );
  }

  async function decryptAll(rows: ScreeningRow[]): Promise<Screening[]> {
    return Promise.all(rows.map((row) => decryptScreening(keys, row)));
  }

  async function listDay(day: string): Promise<Screening[]> {
    const rows = await withReopen(db, () =>
      db.screenings.where('[latest+createdDay]').equals([1, day]).toArray(),
    );
    const list = await decryptAll(rows);
    return list.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  }

  async function saveFinal(
    screening: Screening,
    linkedPersons: LinkedPerson[] = [],
    as?: RevisionAudit,
  ): Promise<Screening> {
    return auditedWrite(async (prev) => {
      const previous = prev ? await decryptScreening(keys, prev) : undefined;
      const revision = prev ? prev.revision + 1 : screening.revision;
      const final: Screening = { ...screening, revision, status: 'final' };
      if (!ScreeningSchema.safeParse(final).success) throw new StoreError('store.error.invalid');
      const flagged = isFlagged(final.outcome);
      const [passportIdx, data, linkedRows] = await Promise.all([
        blindIndex(keys, final.passenger.passportNumber),
        encryptJson(keys, final, screeningAad(final.id, revision)),
        Promise.all(linkedPersons.map((person) => encryptLinked(keys, person))),
      ]);
      const row: ScreeningRow = {
        id: final.id,
        revision,
        latest: 1,
        createdAt: final.createdAt,
        createdDay: localDay(new Date(final.createdAt), context.zone),
        outcome: final.outcome,
        flagged: flagged ? 1 : 0,
        officerId: final.officerId,
        agency: final.agency,
        linkedPersonIds: final.linkedPersonIds,
        passportIdx,
        data,
      };
      // An amendment that clears a flagged record is still sent, so the case system learns of the change.
      const send = flagged || (previous !== undefined && isFlagged(previous.outcome));
      const at = now();
      const audit: AuditInput = as
        ? {
            officerId: as.officerId,
            action: as.action,
            target: final.id,
            details: { revision, signedIn: officerId, receiver: final.handover?.bp3miOfficerId ?? 'typed' },
          }
        : previous
          ? {
              officerId,
              action: 'amend',
              target: final.id,
              details: { revision, changed: changedFields(previous, final) },
            }
          : { officerId, action: 'create', target: final.id, details: { revision, outcome: final.outcome } };
      const apply = async (current: ScreeningRow | undefined): Promise<Screening> => {
        // The whole row is put back rather than updated: Dexie's update deep-clones the row and, where typed arrays
        // come from another realm (jsdom), turned the encrypted bytes into a plain object.
        if (current) await db.screenings.put({ ...current, latest: 0 });
        await db.screenings.add(row);
        if (send) {
          const entry: OutboxRow = {
            id: `${row.id}:${row.revision}`,
            screeningId: row.id,
            revision: row.revision,
            state: 'pending',
            attempts: 0,
            nextAttemptAt: at.getTime(),
            createdAt: at.toISOString(),
          };
          await db.outbox.add(entry);
        }
        if (linkedRows.length > 0) await db.linkedPersons.bulkPut(linkedRows);
        const draft = await db.drafts.get(officerId);
        if (draft?.id === row.id) await db.drafts.delete(officerId);
        return final;
      };
      return { audit, apply };
    }, screening.id);
  }

  return {
    async saveDraft(screening) {
      if (!ScreeningSchema.safeParse(screening).success) throw new StoreError('store.error.invalid');
      const data = await encryptJson(keys, screening, draftAad);
      await withReopen(db, () =>
        db.drafts.put({ officerId, id: screening.id, updatedAt: now().toISOString(), data }),
      );
    },
    async loadDraft() {
      const row = await withReopen(db, () => db.drafts.get(officerId));
      return row ? decryptJson<Screening>(keys, row.data, draftAad) : undefined;
    },
    async discardDraft(id) {
      await auditedWrite(async () => ({
        audit: { officerId, action: 'discard', target: id },
        apply: async () => {
          const draft = await db.drafts.get(officerId);
          if (draft?.id === id) await db.drafts.delete(officerId);
        },
      }));
    },
    saveFinal,
    async get(id) {
      const row = await withReopen(db, () => latestRow(db, id));
      if (!row) return undefined;
      const screening = await decryptScreening(keys, row);
      await appendAudit(db, keys, { officerId, action: 'view', target: id }, now());
      return screening;
    },
    async revisions(id) {
      const rows = await withReopen(db, () => db.screenings.where('id').equals(id).sortBy('revision'));
      return decryptAll(rows);
    },
    listDay,
    async listRange(fromIso, toIso, options = {}) {
      const rows = await withReopen(db, () =>
        db.screenings
          .where('createdAt')
          .between(fromIso, toIso, true, true)
          .filter((row) => row.latest === 1 && (!options.flaggedOnly || row.flagged === 1))
          .toArray(),
      );
      const list = await decryptAll(rows);
      return list.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
    },
    async search(query) {
      const found = new Map<string, Screening>();
      const passport = normalisePassport(query);
      if (passport.length >= 5 && /\d/.test(passport)) {
        const idx = await blindIndex(keys, passport);
        const rows = await withReopen(db, () =>
          db.screenings
            .where('passportIdx')
            .equals(idx)
            .filter((row) => row.latest === 1)
            .toArray(),
        );
        for (const screening of await decryptAll(rows)) found.set(screening.id, screening);
      }
      const needle = query.trim().toLowerCase().replace(/\s+/g, ' ');
      // Officers read the last characters of a passport aloud: a 4-character end with a digit finds it too.
      const tail =
        passport.length >= 4 && /\d/.test(passport) && /^[A-Z0-9]+$/.test(passport) ? passport : null;
      if (/\p{L}{2}/u.test(needle) || tail) {
        // Names and passport ends are only searchable by decrypting, so only the last 12 hours' local days: today, and yesterday too
        // while a night shift that began before midnight is on.
        const at = now();
        const days = new Set([
          localDay(at, context.zone),
          localDay(new Date(at.getTime() - 12 * 3_600_000), context.zone),
        ]);
        for (const day of days) {
          for (const screening of await listDay(day)) {
            const byTail =
              tail !== null && normalisePassport(screening.passenger.passportNumber).endsWith(tail);
            if (byTail || nameMatches(screening, needle)) found.set(screening.id, screening);
          }
        }
      }
      return [...found.values()].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
    },
    async saveLinkedPerson(person) {
      const row = await encryptLinked(keys, person);
      await withReopen(db, () => db.linkedPersons.put(row));
    },
    async listLinkedPersons() {
      const rows = await withReopen(db, () => db.linkedPersons.toArray());
      return Promise.all(rows.map((row) => decryptLinked(keys, row)));
    },
  };
}
