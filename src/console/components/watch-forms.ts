import {
  CEKAL_GROUNDS_MIN,
  CEKAL_MAX_DAYS,
  type CekalDecisionRequest,
  type CekalKind,
  type CekalProposeRequest,
} from '../../core/console/cekal-api.ts';
import type { WatchlistEntryInput, WatchlistItem } from '../../core/console/watchlist-api.ts';
import type { WatchlistEntry } from '../../core/watchlist/watchlist-schema.ts';
import type { MessageKey } from '../../i18n/i18n.ts';
import { isoToDisplayDate, parseDisplayDate } from '../../shared-ui/display-date.ts';

/** A problem with one field: its message key and parameters. */
export type FieldProblem = { key: MessageKey; params?: Record<string, number> };
export type Problems<F extends string> = Partial<Record<F, FieldProblem>>;
type Built<R, F extends string> = { ok: true; request: R } | { ok: false; problems: Problems<F> };

export const WATCH_KINDS = ['cegah', 'atensi', 'prior_pmi_np', 'recruiter'] as const;
const SHORT = 200;
const NOTE_MAX = 4000;
export const REASON_MAX = 2000;
const GROUNDS_MAX = 2000;

/** The entry form as typed (dates as DD/MM/YYYY). */
export type EntryDraft = {
  kind: WatchlistEntry['kind'];
  name: string;
  birthDate: string;
  passportNumber: string;
  phone: string;
  socialHandle: string;
  note: string;
  expiresOn: string;
};
export type EntryField = keyof EntryDraft;

export const EMPTY_ENTRY: EntryDraft = {
  kind: 'cegah',
  name: '',
  birthDate: '',
  passportNumber: '',
  phone: '',
  socialHandle: '',
  note: '',
  expiresOn: '',
};

/** The form filled from a stored entry, for editing. */
export function draftOf(item: WatchlistItem): EntryDraft {
  const e = item.entry;
  return {
    kind: e.kind,
    name: e.name,
    birthDate: e.birthDate ? isoToDisplayDate(e.birthDate) : '',
    passportNumber: e.passportNumber ?? '',
    phone: e.phone ?? '',
    socialHandle: e.socialHandle ?? '',
    note: e.note ?? '',
    expiresOn: item.expiresOn ? isoToDisplayDate(item.expiresOn) : '',
  };
}

const tooLong = (text: string, max: number): FieldProblem | undefined =>
  text.length > max
    ? { key: 'watchAdmin.form.error.tooLong', params: { length: text.length, max } }
    : undefined;

/** A DD/MM/YYYY field read as ISO (null when empty), or its problem. */
function readDate(text: string): { iso: string | null } | { problem: FieldProblem } {
  if (!text.trim()) return { iso: null };
  const read = parseDisplayDate(text);
  if (read.ok) return { iso: read.iso };
  return { problem: { key: read.error === 'format' ? 'console.date.format' : 'console.date.impossible' } };
}

/**
 * Checks the entry form the way the server and the tablets' matching will: a name, lengths, real dates, an end
 * date after today, and for every kind but recruiter a passport number or a birth date (the tablets match those
 * kinds by passport, or by name with the same birth date, so without either the entry would never match).
 */
export function entryRequest(draft: EntryDraft, today: string): Built<WatchlistEntryInput, EntryField> {
  const problems: Problems<EntryField> = {};
  const name = draft.name.trim();
  problems.name = name ? tooLong(name, SHORT) : { key: 'watchAdmin.form.error.nameRequired' };
  for (const field of ['passportNumber', 'phone', 'socialHandle'] as const)
    problems[field] = tooLong(draft[field].trim(), SHORT);
  problems.note = tooLong(draft.note.trim(), NOTE_MAX);
  const birth = readDate(draft.birthDate);
  if ('problem' in birth) problems.birthDate = birth.problem;
  else if (birth.iso && birth.iso > today) problems.birthDate = { key: 'watchAdmin.form.error.birthFuture' };
  const expiry = readDate(draft.expiresOn);
  if ('problem' in expiry) problems.expiresOn = expiry.problem;
  else if (expiry.iso && expiry.iso <= today)
    problems.expiresOn = { key: 'watchAdmin.form.error.expiryPast' };
  const birthIso = 'iso' in birth ? birth.iso : null;
  if (draft.kind !== 'recruiter' && !draft.passportNumber.trim() && !draft.birthDate.trim())
    problems.passportNumber ??= { key: 'watchAdmin.form.error.identityRequired' };
  const found = Object.fromEntries(Object.entries(problems).filter(([, p]) => p)) as Problems<EntryField>;
  if (Object.keys(found).length > 0) return { ok: false, problems: found };
  const optional = (text: string): string | null => text.trim() || null;
  return {
    ok: true,
    request: {
      kind: draft.kind,
      name,
      birthDate: birthIso,
      passportNumber: optional(draft.passportNumber),
      phone: optional(draft.phone),
      socialHandle: optional(draft.socialHandle),
      note: draft.note.trim(),
      expiresOn: 'iso' in expiry ? expiry.iso : null,
    },
  };
}

/** Adds days to an ISO date (UTC calendar). */
export function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export type DecisionDraft = { decision: 'approve' | 'refuse'; reason: string; expiresOn: string };
export type DecisionField = 'reason' | 'expiresOn';

/** A decision: a reason always; an approval also an end date after today, at most CEKAL_MAX_DAYS ahead. */
export function decisionRequest(
  draft: DecisionDraft,
  today: string,
): Built<CekalDecisionRequest, DecisionField> {
  const problems: Problems<DecisionField> = {};
  const reason = draft.reason.trim();
  if (!reason) problems.reason = { key: 'watchAdmin.decide.error.reasonRequired' };
  else if (reason.length > REASON_MAX)
    problems.reason = {
      key: 'watchAdmin.decide.error.reasonTooLong',
      params: { length: reason.length, max: REASON_MAX },
    };
  let expiresOn: string | null = null;
  if (draft.decision === 'approve') {
    const read = readDate(draft.expiresOn);
    if ('problem' in read) problems.expiresOn = read.problem;
    else if (!read.iso) problems.expiresOn = { key: 'watchAdmin.decide.error.expiryRequired' };
    else if (read.iso <= today) problems.expiresOn = { key: 'console.error.expiryInPast' };
    else if (read.iso > addDays(today, CEKAL_MAX_DAYS))
      problems.expiresOn = { key: 'console.error.expiryTooLong' };
    else expiresOn = read.iso;
  }
  if (Object.keys(problems).length > 0) return { ok: false, problems };
  return {
    ok: true,
    request: { decision: draft.decision, reason, ...(expiresOn ? { expiresOn } : {}) },
  };
}

export type ProposalDraft = { kind: CekalKind; grounds: string };

/** A proposal from a case: grounds another person can judge (CEKAL_GROUNDS_MIN characters at least). */
export function proposalRequest(draft: ProposalDraft, caseId: string): Built<CekalProposeRequest, 'grounds'> {
  const grounds = draft.grounds.trim();
  if (grounds.length < CEKAL_GROUNDS_MIN)
    return {
      ok: false,
      problems: {
        grounds: {
          key: 'watchAdmin.propose.error.groundsShort',
          params: { length: grounds.length, min: CEKAL_GROUNDS_MIN },
        },
      },
    };
  if (grounds.length > GROUNDS_MAX)
    return {
      ok: false,
      problems: {
        grounds: {
          key: 'watchAdmin.propose.error.groundsLong',
          params: { length: grounds.length, max: GROUNDS_MAX },
        },
      },
    };
  return { ok: true, request: { caseId, kind: draft.kind, grounds } };
}
