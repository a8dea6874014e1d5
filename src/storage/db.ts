import { Dexie, type Table } from 'dexie';
import type { Agency, Outcome, Role } from '../core/screening/screening-schema.ts';
import type { ZoneCode } from '../core/time/local-time.ts';

/** The enrolled device (one row, key 'device'). Nothing personal. */
export type DeviceRow = {
  key: 'device';
  deviceId: string;
  airport: string;
  checkpoint: string;
  agency?: Agency;
  zone: ZoneCode;
  /** Local start times of the checkpoint's 1 to 4 shifts ('HH:MM'); absent: the default 07:00, 15:00, 23:00. */
  shiftStarts?: string[];
  /** The browser's answer to navigator.storage.persist() at enrolment (null: the API is missing). */
  persisted: boolean | null;
  enrolledAt: string;
};

/** An officer who may unlock this device; the name is encrypted, the data key is wrapped under their PIN. */
export type OfficerRow = {
  id: string;
  agency: Agency;
  role: Role;
  /** The name, encrypted with the data key (aad `officer:<id>`). */
  nameCt: Uint8Array;
  /** The device master secret wrapped under this officer's PIN-derived key. */
  salt: Uint8Array;
  iterations: number;
  iv: Uint8Array;
  wrapped: Uint8Array;
  failedAttempts: number;
  /** Epoch ms before which no PIN is tried; Infinity once locked by too many wrong PINs (a shift lead resets it). */
  lockedUntil: number | null;
  createdAt: string;
  /** Set when a shift lead deactivated the officer (they left): no sign-in, their wrapped key is wiped. */
  deactivatedAt?: string;
  /** Set when a shift lead reset a forgotten PIN: the wrapped key opens with a one-time code until a new PIN is set. */
  mustSetPin?: boolean;
};

/** One revision of one screening: the non-personal fields in the clear for indexes, the rest encrypted. */
export type ScreeningRow = {
  id: string;
  revision: number;
  /** 1 on the newest revision of an id, 0 on earlier ones. */
  latest: 0 | 1;
  createdAt: string;
  /** Local day (YYYY-MM-DD) of createdAt in the checkpoint's zone. */
  createdDay: string;
  outcome: Outcome | null;
  flagged: 0 | 1;
  officerId: string;
  /** The agency of the screening (not of whoever is signed in later), so its CLEAR count goes to that agency. */
  agency?: Agency;
  /** Random ids of linked persons (no personal data), so retention can purge them with the screening. */
  linkedPersonIds: string[];
  /** HMAC blind index of the normalised passport number. */
  passportIdx: string;
  /** The whole Screening, AES-GCM encrypted (aad `screening:<id>:<revision>`). */
  data: Uint8Array;
};

/** The open screening of one officer, encrypted (aad `draft:<officerId>`). */
export type DraftRow = { officerId: string; id: string; updatedAt: string; data: Uint8Array };

/** A linked person, encrypted (aad `linked:<id>`). */
export type LinkedPersonRow = { id: string; createdAt: string; data: Uint8Array };

/** Delivery state of one flagged revision to the central case system. */
export type OutboxState = 'pending' | 'sending' | 'acknowledged' | 'rejected';

/** One flagged revision waiting for (or done with) delivery; read and updated by the sync engine. */
export type OutboxRow = {
  /** `${screeningId}:${revision}` */
  id: string;
  screeningId: string;
  revision: number;
  state: OutboxState;
  attempts: number;
  /** Epoch ms of the next attempt. */
  nextAttemptAt: number;
  lastError?: string;
  /** ISO instant. */
  createdAt: string;
  /** ISO instant the central system acknowledged receipt; retention counts from here. */
  acknowledgedAt?: string;
  /** Set when the centre resolved a conflict this revision raised (it held other content under the same revision). */
  conflict?: OutboxConflict;
};

/** How the centre resolved a conflict: its own version kept, or this one stored as `acceptedRevision`. */
export type OutboxConflict = {
  outcome: 'kept' | 'accepted';
  acceptedRevision: number | null;
  resolvedAt: string;
};

/** Audit actions recorded on the device. */
export type AuditAction =
  | 'enrol'
  | 'sign-in'
  | 'sign-in-failed'
  | 'lock'
  | 'view'
  | 'create'
  | 'amend'
  | 'discard'
  | 'export'
  | 'sync'
  | 'purge'
  | 'officer-added'
  | 'officer-reset'
  | 'officer-deactivated'
  | 'officer-pin-reset'
  | 'pin-changed'
  | 'pin-change-failed'
  | 'sync-resend'
  | 'handover-recorded'
  | 'handover-confirmed'
  | 'handover-pin-failed'
  | 'seen-before'
  | 'settings-changed';

/** One link of the hash-chained audit log. */
export type AuditRow = {
  seq: number;
  at: string;
  officerId: string;
  action: AuditAction;
  /** A record id or similar (never personal data). */
  target: string;
  prevHash: string;
  hash: string;
  /** Optional details, encrypted with the data key (aad `audit:<seq>`). */
  details: Uint8Array | null;
};

/**
 * The newest audit entry as the app last wrote it (one row, key 'head'), updated in the same transaction as each
 * append made while unlocked, so deleting entries from the end of the log no longer leaves a valid shorter chain.
 */
export type AuditHeadRow = {
  key: 'head';
  seq: number;
  hash: string;
  /**
   * `{ seq, hash }` encrypted with the data key (aad `audit-head`), so the head cannot be rewritten without the key;
   * null only on the head the version 3 upgrade wrote (no key then), until the next append while unlocked seals it.
   */
  seal: Uint8Array | null;
};

/** CLEAR / CLEAR_ADVISED counts per local day and hour, kept after identities are purged. */
export type CountRow = {
  key: string;
  day: string;
  hour: number;
  shift: string;
  /** The screenings' agency (absent on counts kept before it was recorded). */
  agency?: Agency;
  clear: number;
  clearAdvised: number;
};

/** A watchlist entry pulled from the central system (personal fields encrypted by the sync layer). */
export type WatchlistRow = {
  id: string;
  kind: string;
  updatedAt: string;
  matchKeys?: string[];
  data: Uint8Array;
};

/** Where the central case system is with one flagged record (pulled from the receiver; no personal data). */
export type CaseStateRow = {
  /** The screening id. */
  id: string;
  state: 'received' | 'in_review' | 'follow_up' | 'closed';
  /** ISO instant of the change on the central system. */
  changedAt: string;
};

/** Small named values: sync cursors, the indicator catalogue JSON. */
export type MetaRow = { key: string; value: unknown };

/** The schema of version 1; kept as written so upgrades can be tested from it. */
export const SCHEMA_V1 = {
  device: 'key',
  officers: 'id',
  screenings: '[id+revision], id, createdDay, createdAt, passportIdx, outcome, flagged, latest',
  drafts: 'officerId, id',
  linkedPersons: 'id, createdAt',
  outbox: 'id, screeningId, state, nextAttemptAt',
  audit: 'seq, at, officerId, action',
  counts: 'key, day',
  watchlist: 'id, kind, *matchKeys',
  meta: 'key',
} as const;

/** Version 2: compound indexes for "latest of a day" lists and for the sync engine's due entries. */
export const SCHEMA_V2 = {
  ...SCHEMA_V1,
  screenings:
    '[id+revision], id, createdDay, createdAt, passportIdx, outcome, flagged, latest, [latest+createdDay], [flagged+latest]',
  outbox: 'id, screeningId, state, nextAttemptAt, [state+nextAttemptAt]',
} as const;

/** Version 3: the sealed head of the audit chain, so a truncated log is detected. */
export const SCHEMA_V3 = { ...SCHEMA_V2, auditHead: 'key' } as const;

/** Version 4: case states of flagged records, pulled back from the central case system. */
export const SCHEMA_V4 = { ...SCHEMA_V3, caseStates: 'id' } as const;

/** Version 5: screenings by linked person, so "who else came with this handler" needs no decryption. */
export const SCHEMA_V5 = {
  ...SCHEMA_V4,
  screenings: `${SCHEMA_V4.screenings}, *linkedPersonIds`,
} as const;

/** The database name on a real device. */
export const DB_NAME = 'saring';

/** The app's one IndexedDB database. */
export class SaringDb extends Dexie {
  device!: Table<DeviceRow, 'device'>;
  officers!: Table<OfficerRow, string>;
  screenings!: Table<ScreeningRow, [string, number]>;
  drafts!: Table<DraftRow, string>;
  linkedPersons!: Table<LinkedPersonRow, string>;
  outbox!: Table<OutboxRow, string>;
  audit!: Table<AuditRow, number>;
  auditHead!: Table<AuditHeadRow, 'head'>;
  counts!: Table<CountRow, string>;
  watchlist!: Table<WatchlistRow, string>;
  meta!: Table<MetaRow, string>;
  caseStates!: Table<CaseStateRow, string>;

  constructor(name: string = DB_NAME) {
    super(name);
    // Every past version stays listed so a tablet that skipped releases still upgrades step by step.
    this.version(1).stores(SCHEMA_V1);
    this.version(2).stores(SCHEMA_V2);
    this.version(3)
      .stores(SCHEMA_V3)
      .upgrade(async (tx) => {
        // An existing log gets the head of its current end, unsealed (no key during an upgrade); the first append
        // after the next sign-in seals it. Nothing is checked here: verification does that.
        const last = await tx.table<AuditRow, number>('audit').orderBy('seq').last();
        if (last) {
          const head: AuditHeadRow = { key: 'head', seq: last.seq, hash: last.hash, seal: null };
          await tx.table<AuditHeadRow, 'head'>('auditHead').put(head);
        }
      });
    this.version(4).stores(SCHEMA_V4);
    this.version(5).stores(SCHEMA_V5);
  }
}

let shared: SaringDb | undefined;

/** The app-wide database connection (opened lazily by Dexie on first use). */
export function appDb(): SaringDb {
  shared ??= new SaringDb();
  return shared;
}
