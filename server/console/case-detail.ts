import { CATALOGUE_V1 } from '../../src/core/checklist/builtin-catalogue.ts';
import {
  CatalogueSchema,
  isRedFlag,
  weightOf,
  type Catalogue,
} from '../../src/core/checklist/catalogue-schema.ts';
import { scoreScreening } from '../../src/core/checklist/score.ts';
import type {
  CaseAnswer,
  CaseDetail,
  CaseHistoryEntry,
  CaseRevision,
  DeviceAuditEvent,
} from '../../src/core/console/console-api.ts';
import { diffRevisions } from '../../src/core/console/revision-diff.ts';
import type { Answer } from '../../src/core/screening/screening-schema.ts';
import type { AuditUploadEntry, ScreeningUpload } from '../../src/sync/contract.ts';
import type { Queryable } from '../db.ts';
import { caseRow, toSummary } from './cases.ts';

/** Pre-answer rules that rest on a profile fact (age, origin): such answers never decide alone (score.ts). */
const PROFILE_RULES = new Set(['minorByBirthDate', 'sendingArea']);

/** The catalogue version a screening was answered against: published on the receiver, or the built-in one. */
async function catalogueVersion(db: Queryable, version: number): Promise<Catalogue | null> {
  const rows = await db.query<{ body: unknown }>('SELECT body FROM catalogue WHERE version = $1', [version]);
  if (rows[0]) {
    const parsed = CatalogueSchema.safeParse(rows[0].body);
    if (parsed.success) return parsed.data;
  }
  return version === CATALOGUE_V1.version ? CATALOGUE_V1 : null;
}

type HistoryRow = {
  at: string;
  actor_id: string | null;
  actor_name: string | null;
  action: CaseHistoryEntry['action'];
  from_state: CaseHistoryEntry['fromState'];
  to_state: CaseHistoryEntry['toState'];
  forced: boolean;
  previous_owner_id: string | null;
  previous_owner_name: string | null;
  referred_to: CaseHistoryEntry['referredTo'];
  due_date: string | null;
  finding: CaseHistoryEntry['finding'];
  reason: string | null;
};

/** Everything the case page shows; null when there is no case for that id. */
export async function caseDetail(db: Queryable, id: string): Promise<CaseDetail | null> {
  const row = await caseRow(db, id);
  if (!row) return null;
  const revisions = await db.query<{ revision: number; payload: ScreeningUpload; received_at: string }>(
    `SELECT revision, payload, received_at::text AS received_at FROM screening_revisions
     WHERE id = $1 AND device_id = $2 ORDER BY revision`,
    [id, row.device_id],
  );
  const latest = revisions.at(-1)?.payload;
  if (!latest) return null;
  const screening = latest.screening;
  const catalogue = await catalogueVersion(db, screening.catalogueVersion);
  const indicators = new Map((catalogue?.indicators ?? []).map((i) => [i.id, i]));
  const answers: CaseAnswer[] = Object.entries(screening.answers).map(([indicatorId, answer]) => {
    const indicator = indicators.get(indicatorId);
    return {
      indicatorId,
      answer,
      question: indicator?.question ?? null,
      weight: indicator && !isRedFlag(indicator) ? weightOf(indicator) : null,
      redFlag: indicator ? isRedFlag(indicator) : false,
      prefilledReason: screening.prefilled[indicatorId] ?? null,
    };
  });
  const confirmed = new Set(screening.confirmedPrefills ?? []);
  const profileBased = Object.keys(screening.prefilled).filter(
    (k) => !confirmed.has(k) && PROFILE_RULES.has(indicators.get(k)?.prefill ?? ''),
  );
  const reasons = catalogue
    ? scoreScreening(catalogue, screening.answers as Record<string, Answer>, { profileBased }).reasons
    : [];
  const revisionList: CaseRevision[] = revisions.map((r, i) => ({
    revision: r.revision,
    receivedAt: new Date(r.received_at).toISOString(),
    updatedAt: r.payload.screening.updatedAt,
    officerId: r.payload.screening.officerId,
    outcome: r.payload.screening.outcome,
    changes: i === 0 ? [] : diffRevisions(revisions[i - 1]?.payload, r.payload),
  }));
  const audit = await db.query<{ payload: AuditUploadEntry }>(
    `SELECT payload FROM audit_entries WHERE device_id = $1 AND payload->>'subject' = $2 ORDER BY seq`,
    [row.device_id, id],
  );
  const deviceAudit: DeviceAuditEvent[] = audit.map(({ payload: a }) => ({
    seq: a.seq,
    at: a.at,
    actor: a.actor,
    action: a.action,
    detail: a.detail ?? null,
  }));
  const history = await db.query<HistoryRow>(
    `SELECT h.at::text AS at, h.actor_id, a.name AS actor_name, h.action, h.from_state, h.to_state, h.forced,
       h.previous_owner_id, p.name AS previous_owner_name, h.referred_to, h.due_date::text AS due_date, h.finding,
       h.reason
     FROM case_history h LEFT JOIN staff_users a ON a.id = h.actor_id LEFT JOIN staff_users p ON p.id = h.previous_owner_id
     WHERE h.case_id = $1 ORDER BY h.seq`,
    [id],
  );
  return {
    case: { ...toSummary(row), finding: row.finding, reason: row.reason },
    screening,
    answers,
    reasons,
    linkedPersons: latest.linkedPersons,
    revisions: revisionList,
    deviceAudit,
    history: history.map((h) => ({
      at: new Date(h.at).toISOString(),
      actor: h.actor_id ? { id: h.actor_id, name: h.actor_name ?? '' } : null,
      action: h.action,
      fromState: h.from_state,
      toState: h.to_state,
      forced: h.forced,
      previousOwner: h.previous_owner_id
        ? { id: h.previous_owner_id, name: h.previous_owner_name ?? '' }
        : null,
      referredTo: h.referred_to,
      dueDate: h.due_date,
      finding: h.finding,
      reason: h.reason,
    })),
  };
}
