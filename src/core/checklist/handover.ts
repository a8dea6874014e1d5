import type { Agency, Handover, Screening } from '../screening/screening-schema.ts';
import type { ZoneCode } from '../time/local-time.ts';
import { minuteOfDay, zoneOffsetMs } from '../time/shifts.ts';
import { isOwnAgencyOutcome } from './decision-rights.ts';

/** Longest receiver name that may be typed (characters, after trimming). */
export const RECEIVER_NAME_MAX_LENGTH = 80;

/** i18n keys of handover problems (namespace `gate.handover.error`). */
export type HandoverError =
  | 'gate.handover.error.notApplicable'
  | 'gate.handover.error.recorderAgency'
  | 'gate.handover.error.already'
  | 'gate.handover.error.timeMissing'
  | 'gate.handover.error.timeFormat'
  | 'gate.handover.error.timeBeforeDecision'
  | 'gate.handover.error.receiverMissing'
  | 'gate.handover.error.receiverTooLong'
  | 'gate.handover.error.receiverNotBp3mi'
  | 'gate.handover.error.receiverSelf';

/**
 * Whether a saved screening sends the passenger to BP3MI: referred to BP3MI by Imigrasi, or delayed (the delayed
 * passenger is handed to BP3MI, REFERENCE §1.4). A BP3MI officer's own REFER_BP3MI is no handover.
 */
export function handoverApplies(s: Pick<Screening, 'status' | 'outcome' | 'agency'>): boolean {
  if (s.status !== 'final' || s.outcome === null) return false;
  if (s.outcome === 'DELAY_DEPARTURE') return true;
  return s.outcome === 'REFER_BP3MI' && !isOwnAgencyOutcome(s.outcome, s.agency);
}

/** The receiver chosen: an officer enrolled on this tablet, or a name typed for one who is not. */
export type Receiver =
  { kind: 'enrolled'; id: string; name: string; agency: Agency } | { kind: 'typed'; name: string };

/** What the Imigrasi officer fills in. */
export type HandoverInput = { time: string; receiver: Receiver | null };

/** Who records it, and when: the instant and the checkpoint's zone turn "HH:MM" into an instant. */
export type HandoverContext = { officerId: string; agency: Agency; now: Date; zone: ZoneCode };

export type HandoverResult = { ok: true; handover: Handover } | { ok: false; error: HandoverError };

const MINUTE = 60_000;

/**
 * The instant of a local "HH:MM" at or before `now`: today's, or yesterday's when today's is still to come (a
 * handover at 23:50 written down at 00:10). Null when the text is no time of day.
 */
export function pastInstantOf(hhmm: string, now: Date, zone: ZoneCode): Date | null {
  const minute = minuteOfDay(hhmm.trim());
  if (minute === null) return null;
  const offset = zoneOffsetMs(zone);
  const localMidnight = Math.floor((now.getTime() + offset) / (1440 * MINUTE)) * 1440 * MINUTE;
  let at = localMidnight + minute * MINUTE - offset;
  if (at > now.getTime()) at -= 1440 * MINUTE;
  return new Date(at);
}

function checkReceiver(receiver: Receiver | null, officerId: string): HandoverError | null {
  if (!receiver || receiver.name.trim() === '') return 'gate.handover.error.receiverMissing';
  if (receiver.name.trim().length > RECEIVER_NAME_MAX_LENGTH) return 'gate.handover.error.receiverTooLong';
  if (receiver.kind === 'enrolled') {
    if (receiver.agency !== 'BP3MI') return 'gate.handover.error.receiverNotBp3mi';
    if (receiver.id === officerId) return 'gate.handover.error.receiverSelf';
  }
  return null;
}

/**
 * Checks a handover an Imigrasi officer records on a saved screening and builds it, unconfirmed. The time may not
 * be before the decision (to the minute the officer can type).
 */
export function buildHandover(
  screening: Screening,
  input: HandoverInput,
  ctx: HandoverContext,
): HandoverResult {
  if (!handoverApplies(screening)) return { ok: false, error: 'gate.handover.error.notApplicable' };
  if (ctx.agency !== 'IMIGRASI') return { ok: false, error: 'gate.handover.error.recorderAgency' };
  if (screening.handover) return { ok: false, error: 'gate.handover.error.already' };
  if (input.time.trim() === '') return { ok: false, error: 'gate.handover.error.timeMissing' };
  const at = pastInstantOf(input.time, ctx.now, ctx.zone);
  if (!at) return { ok: false, error: 'gate.handover.error.timeFormat' };
  const decided = Date.parse(screening.decidedAt ?? screening.updatedAt);
  if (!Number.isNaN(decided) && at.getTime() < Math.floor(decided / MINUTE) * MINUTE)
    return { ok: false, error: 'gate.handover.error.timeBeforeDecision' };
  const problem = checkReceiver(input.receiver, ctx.officerId);
  if (problem || !input.receiver)
    return { ok: false, error: problem ?? 'gate.handover.error.receiverMissing' };
  const receiver = input.receiver;
  return {
    ok: true,
    handover: {
      time: at.toISOString(),
      bp3miOfficer: receiver.name.trim(),
      ...(receiver.kind === 'enrolled' ? { bp3miOfficerId: receiver.id } : {}),
      recordedBy: ctx.officerId,
      recordedAt: ctx.now.toISOString(),
    },
  };
}

/** Whether the receiver can still confirm on this tablet: enrolled here and not confirmed yet. */
export function awaitsConfirmation(handover: Handover | undefined): boolean {
  return (
    handover !== undefined && handover.bp3miOfficerId !== undefined && handover.confirmedBy === undefined
  );
}

/** The handover as confirmed by its receiver at `now` (the caller has proved the receiver's PIN). */
export function confirmHandover(handover: Handover, now: Date): Handover {
  if (!handover.bp3miOfficerId) return handover;
  return { ...handover, confirmedBy: handover.bp3miOfficerId, confirmedAt: now.toISOString() };
}
