import { CONFLICT_REASON_MIN, type ConflictResolveRequest } from '../../core/console/conflict-api.ts';
import type { MessageKey } from '../../i18n/i18n.ts';

/** What the resolution form holds while the worker types. */
export type ResolutionDraft = { decision: '' | 'keep' | 'accept'; reason: string };
export const EMPTY_RESOLUTION: ResolutionDraft = { decision: '', reason: '' };
export const RESOLUTION_REASON_MAX = 2000;

export type ResolutionErrors = Partial<Record<keyof ResolutionDraft, MessageKey>>;

/** The request the draft makes, or the message of every field that is not ready (decision first). */
export function resolutionRequest(
  draft: ResolutionDraft,
  version: number,
): { ok: true; request: ConflictResolveRequest } | { ok: false; errors: ResolutionErrors } {
  const errors: ResolutionErrors = {};
  const reason = draft.reason.trim();
  if (draft.decision === '') errors.decision = 'conflict.resolve.decisionMissing';
  if (reason.length < CONFLICT_REASON_MIN || reason.length > RESOLUTION_REASON_MAX)
    errors.reason = 'conflict.resolve.reasonShort';
  if (draft.decision === '' || errors.reason) return { ok: false, errors };
  return { ok: true, request: { decision: draft.decision, version, reason } };
}
