import type { Agency } from '../screening/screening-schema.ts';
import { CEKAL_MAX_DAYS, type CekalDecisionRequest, type CekalState } from './cekal-api.ts';
import type { ConsoleErrorCode, StaffRole } from './console-api.ts';

type Decider = { id: string; role: StaffRole; agency: Agency | null };
type Proposal = { state: CekalState; proposedById: string };
type Refusal = { ok: false; status: 400 | 403 | 409; error: ConsoleErrorCode };

/** Adds days to an ISO date (UTC calendar). */
function addDays(isoDate: string, days: number): string {
  const d = new Date(`${isoDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Whether an ISO date names a real day (not 2026-02-30). */
export function isCalendarDate(isoDate: string): boolean {
  const d = new Date(`${isoDate}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === isoDate;
}

/**
 * Whether this person may decide this proposal now: only an Imigrasi supervisor, never the proposer (two people),
 * only while it is still proposed; an approval needs an expiry after today and at most CEKAL_MAX_DAYS ahead.
 */
export function checkCekalDecision(
  proposal: Proposal,
  request: CekalDecisionRequest,
  decider: Decider,
  today: string,
): { ok: true } | Refusal {
  if (decider.role !== 'supervisor' || decider.agency !== 'IMIGRASI')
    return { ok: false, status: 403, error: 'console.error.wrongAgency' };
  if (decider.id === proposal.proposedById)
    return { ok: false, status: 403, error: 'console.error.twoPersonRule' };
  if (proposal.state !== 'proposed') return { ok: false, status: 409, error: 'console.error.alreadyDecided' };
  if (request.decision === 'refuse') return { ok: true };
  if (!request.expiresOn || !isCalendarDate(request.expiresOn))
    return { ok: false, status: 400, error: 'console.error.invalid' };
  if (request.expiresOn <= today) return { ok: false, status: 400, error: 'console.error.expiryInPast' };
  if (request.expiresOn > addDays(today, CEKAL_MAX_DAYS))
    return { ok: false, status: 400, error: 'console.error.expiryTooLong' };
  return { ok: true };
}
