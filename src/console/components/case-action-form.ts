import type { CaseActionRequest, Finding, Referral } from '../../core/console/console-api.ts';
import { FINDINGS, REFERRALS } from '../../core/console/console-api.ts';
import type { MessageKey } from '../../i18n/i18n.ts';
import { parseDisplayDate } from '../../shared-ui/display-date.ts';

/** What the worker typed into the workflow forms; kept across a refused save. */
export type ActionDraft = {
  referredTo: string;
  dueDate: string;
  finding: string;
  reason: string;
  reopenReason: string;
};

export const EMPTY_DRAFT: ActionDraft = {
  referredTo: '',
  dueDate: '',
  finding: '',
  reason: '',
  reopenReason: '',
};

export const REASON_MAX = 2000;

export type DraftErrors = Partial<
  Record<keyof ActionDraft, { key: MessageKey; params?: Record<string, number> }>
>;

type Built = { ok: true; request: Omit<CaseActionRequest, 'version'> } | { ok: false; errors: DraftErrors };

const reasonError = (text: string): DraftErrors[keyof ActionDraft] =>
  !text.trim()
    ? { key: 'console.action.error.reasonRequired' }
    : text.length > REASON_MAX
      ? { key: 'console.action.error.reasonTooLong', params: { length: text.length, max: REASON_MAX } }
      : undefined;

/** The follow-up request: a referral and a due date from today (the office's day) on. */
export function followUpRequest(draft: ActionDraft, today: string): Built {
  const errors: DraftErrors = {};
  const referredTo = REFERRALS.find((r): r is Referral => r === draft.referredTo);
  if (!referredTo) errors.referredTo = { key: 'console.action.error.referralRequired' };
  let dueDate: string | undefined;
  if (!draft.dueDate.trim()) errors.dueDate = { key: 'console.action.error.dueRequired' };
  else {
    const read = parseDisplayDate(draft.dueDate);
    if (!read.ok)
      errors.dueDate = { key: read.error === 'format' ? 'console.date.format' : 'console.date.impossible' };
    else if (read.iso < today) errors.dueDate = { key: 'console.action.error.duePast' };
    else dueDate = read.iso;
  }
  if (!referredTo || !dueDate) return { ok: false, errors };
  return { ok: true, request: { action: 'follow_up', referredTo, dueDate } };
}

/** The close request: a finding and a reason, both required. */
export function closeRequest(draft: ActionDraft): Built {
  const errors: DraftErrors = {};
  const finding = FINDINGS.find((f): f is Finding => f === draft.finding);
  if (!finding) errors.finding = { key: 'console.action.error.findingRequired' };
  const reason = reasonError(draft.reason);
  if (reason) errors.reason = reason;
  if (!finding || reason) return { ok: false, errors };
  return { ok: true, request: { action: 'close', finding, reason: draft.reason.trim() } };
}

/** The reopen request: a reason is required. */
export function reopenRequest(draft: ActionDraft): Built {
  const reason = reasonError(draft.reopenReason);
  if (reason) return { ok: false, errors: { reopenReason: reason } };
  return { ok: true, request: { action: 'reopen', reason: draft.reopenReason.trim() } };
}
