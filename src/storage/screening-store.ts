import type { LinkedPerson, Screening } from '../core/screening/screening-schema.ts';

/** An amendment's trail entry: which revision, who made it, when, and which fields changed. */
export type RevisionInfo = { revision: number; officerId: string; at: string; changed: string[] };

/**
 * How a revision is audited when it is not a plain amendment: a handover recorded by the signed-in officer, or
 * confirmed by the receiving officer who proved their PIN (that officer is the one the entry names).
 */
export type RevisionAudit = { action: 'handover-recorded' | 'handover-confirmed'; officerId: string };

/** The encrypted, audited store of screenings the UI, sync and export use once an officer has unlocked the app. */
export interface ScreeningStore {
  /** Saves the open screening as a draft (survives closing the app); one open draft per officer. */
  saveDraft(screening: Screening): Promise<void>;
  /** The officer's open draft, if any. */
  loadDraft(): Promise<Screening | undefined>;
  /** Throws the draft away (audited). */
  discardDraft(id: string): Promise<void>;
  /**
   * Saves a decided screening in one IndexedDB transaction: the record (an existing id becomes a new revision and the
   * earlier one is kept), an outbox entry when it is flagged, the linked persons, and an audit entry. Removes the draft.
   * Resolves with what was stored; only then may the UI say "saved".
   */
  saveFinal(screening: Screening, linkedPersons?: LinkedPerson[], as?: RevisionAudit): Promise<Screening>;
  /** The latest revision of a screening (audited as a view). */
  get(id: string): Promise<Screening | undefined>;
  /** Every stored revision of a screening, oldest first. */
  revisions(id: string): Promise<Screening[]>;
  /** Latest revisions created on a local day (YYYY-MM-DD, the checkpoint's zone), newest first. */
  listDay(day: string): Promise<Screening[]>;
  /** Latest revisions between two instants (ISO), for exports; flaggedOnly leaves CLEAR/CLEAR_ADVISED out. */
  listRange(fromIso: string, toIso: string, options?: { flaggedOnly?: boolean }): Promise<Screening[]>;
  /** Finds screenings by exact passport number (through the blind index) or by part of the name. */
  search(query: string): Promise<Screening[]>;
  /** Stores or updates a linked person (companion, handler, recruiter). */
  saveLinkedPerson(person: LinkedPerson): Promise<void>;
  /** Every linked person on this device. */
  listLinkedPersons(): Promise<LinkedPerson[]>;
}
