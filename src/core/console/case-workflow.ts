import type {
  CaseActionRequest,
  CaseStateName,
  ConsoleErrorCode,
  Finding,
  PersonRef,
  Referral,
} from './console-api.ts';

/** The part of a case the workflow reads. */
export type CaseFacts = { state: CaseStateName; version: number; owner: PersonRef | null };

/** What a permitted action changes. Fields left undefined keep their value; null clears them. */
export type CaseChange = {
  toState: CaseStateName;
  ownerId: string | null;
  forced: boolean;
  referredTo?: Referral | null;
  dueDate?: string | null;
  finding?: Finding | null;
  reason?: string | null;
  closed?: boolean;
};

export type CaseDecision =
  | { ok: true; change: CaseChange }
  | { ok: false; status: 400 | 409; error: ConsoleErrorCode; detail?: string; owner?: PersonRef };

const invalid = (detail: string): CaseDecision => ({
  ok: false,
  status: 400,
  error: 'console.error.invalid',
  detail,
});

/**
 * The case workflow: new → in_review (named owner) → follow_up (referral, due date) → closed (finding, reason);
 * closed → in_review on reopen (reason). The version must be the case's current one; taking a case another worker
 * owns needs `force`; only the owner releases, refers or closes.
 */
export function decideAction(facts: CaseFacts, request: CaseActionRequest, actorId: string): CaseDecision {
  if (request.version !== facts.version)
    return { ok: false, status: 409, error: 'console.error.staleVersion', detail: String(facts.version) };
  const ownedByMe = facts.owner?.id === actorId;
  const reason = request.reason?.trim() ?? '';
  const badTransition: CaseDecision = {
    ok: false,
    status: 409,
    error: 'console.error.badTransition',
    detail: `${request.action} from ${facts.state}`,
  };
  const notOwner: CaseDecision = {
    ok: false,
    status: 409,
    error: 'console.error.notOwner',
    ...(facts.owner ? { owner: facts.owner } : {}),
  };
  switch (request.action) {
    case 'take': {
      if (facts.state === 'closed' || ownedByMe) return badTransition;
      const other = facts.owner !== null;
      if (other && request.force !== true)
        return { ok: false, status: 409, error: 'console.error.ownedByOther', owner: facts.owner! };
      const toState = facts.state === 'follow_up' ? 'follow_up' : 'in_review';
      return { ok: true, change: { toState, ownerId: actorId, forced: other } };
    }
    case 'release':
      if (facts.state !== 'in_review') return badTransition;
      if (!ownedByMe) return notOwner;
      return { ok: true, change: { toState: 'new', ownerId: null, forced: false } };
    case 'follow_up':
      if (facts.state !== 'in_review' && facts.state !== 'follow_up') return badTransition;
      if (!ownedByMe) return notOwner;
      if (!request.referredTo) return invalid('referredTo');
      if (!request.dueDate) return invalid('dueDate');
      return {
        ok: true,
        change: {
          toState: 'follow_up',
          ownerId: actorId,
          forced: false,
          referredTo: request.referredTo,
          dueDate: request.dueDate,
          ...(reason ? { reason } : {}),
        },
      };
    case 'close':
      if (facts.state !== 'in_review' && facts.state !== 'follow_up') return badTransition;
      if (!ownedByMe) return notOwner;
      if (!request.finding) return invalid('finding');
      if (!reason) return invalid('reason');
      return {
        ok: true,
        change: {
          toState: 'closed',
          ownerId: actorId,
          forced: false,
          finding: request.finding,
          reason,
          closed: true,
        },
      };
    case 'reopen':
      if (facts.state !== 'closed') return badTransition;
      if (!reason) return invalid('reason');
      return {
        ok: true,
        change: {
          toState: 'in_review',
          ownerId: actorId,
          forced: false,
          finding: null,
          reason,
          closed: false,
        },
      };
  }
}
