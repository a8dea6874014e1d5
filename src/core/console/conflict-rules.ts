import type { ConsoleErrorCode, FieldChange } from './console-api.ts';
import type { ConflictResolveRequest, ConflictState } from './conflict-api.ts';
import { CONFLICT_REASON_MIN } from './conflict-api.ts';
import { diffRevisions } from './revision-diff.ts';

/** The part of a conflict a resolution reads. */
export type ConflictFacts = { state: ConflictState; version: number };

export type ResolutionDecision =
  | { ok: true; toState: 'kept' | 'accepted'; reason: string }
  | { ok: false; status: 400 | 409; error: ConsoleErrorCode; detail?: string };

/**
 * Whether a resolution may be applied: the conflict is still open, the version is the one the worker saw (two
 * workers resolving at once: the second is told), and a reason of at least CONFLICT_REASON_MIN characters is given.
 */
export function decideResolution(facts: ConflictFacts, request: ConflictResolveRequest): ResolutionDecision {
  if (request.version !== facts.version)
    return { ok: false, status: 409, error: 'console.error.staleVersion', detail: String(facts.version) };
  if (facts.state !== 'open') return { ok: false, status: 409, error: 'console.error.alreadyDecided' };
  const reason = request.reason.trim();
  if (reason.length < CONFLICT_REASON_MIN)
    return { ok: false, status: 400, error: 'console.error.invalid', detail: 'reason' };
  return { ok: true, toState: request.decision === 'keep' ? 'kept' : 'accepted', reason };
}

type Payload = { screening: { updatedAt: string; revision: number } };

/**
 * What differs between the stored revision (before) and the payload sent under the same revision (after), field by
 * field. When each was last saved on the tablet comes first: it usually tells which one the officer meant.
 */
export function conflictChanges(stored: Payload, incoming: Payload): FieldChange[] {
  const saved =
    stored.screening.updatedAt === incoming.screening.updatedAt
      ? []
      : [
          {
            field: 'screening.updatedAt',
            before: stored.screening.updatedAt,
            after: incoming.screening.updatedAt,
          },
        ];
  return [...saved, ...diffRevisions(stored, incoming)];
}

/**
 * The payload an "accept" stores: the tablet's own, renumbered as the revision after the newest one held, so nothing
 * stored is overwritten and the case moves on to it.
 */
export function acceptedPayload<P extends Payload>(incoming: P, latestRevision: number): P {
  return { ...incoming, screening: { ...incoming.screening, revision: latestRevision + 1 } };
}
