import {
  ConflictResolveRequestSchema,
  type ConflictDetail,
  type ConflictSummary,
} from '../../../src/core/console/conflict-api.ts';
import { detail as caseDetail, err, type FakeConsoleServer } from './fake-console-server.ts';

/** An open conflict on case-1, revision 2: the tablet sent another note and outcome; `text` fills free text. */
export function conflict(over: Partial<ConflictSummary> = {}, text?: string): ConflictDetail {
  const stored = caseDetail({}, text).screening;
  const incoming = {
    ...stored,
    note: text ?? 'Penumpang mengaku ikut sponsor',
    outcome: 'REFER_LAW_ENFORCEMENT' as const,
    updatedAt: '2026-12-01T03:30:00.000Z',
  };
  const summary: ConflictSummary = {
    id: 'k-1',
    recordId: 'case-1',
    revision: 2,
    deviceId: 'dev-1',
    airport: 'PLM',
    checkpoint: 'PRE-XRAY-INTL',
    passengerName: text ?? 'SUHARTI, SITI',
    outcome: 'REFER_LAW_ENFORCEMENT',
    storedOutcome: 'REFER_BP3MI',
    receivedAt: '2026-12-01T04:00:00.000Z',
    timesReceived: 1,
    state: 'open',
    version: 1,
    hasCase: true,
    ...over,
  };
  return {
    conflict: summary,
    incoming: { screening: incoming, linkedPersons: [] },
    stored: { screening: stored, linkedPersons: [] },
    storedReceivedAt: '2026-12-01T03:19:00.000Z',
    changes: [
      { field: 'screening.updatedAt', before: stored.updatedAt, after: incoming.updatedAt },
      { field: 'screening.note', before: stored.note, after: incoming.note },
      { field: 'screening.outcome', before: stored.outcome, after: incoming.outcome },
    ],
    latestRevision: 2,
    resolution: null,
  };
}

/** Serves /conflicts routes from `conflicts` in front of the fake console server; resolutions check the version. */
export function serveConflicts(server: FakeConsoleServer, conflicts: Map<string, ConflictDetail>): void {
  const me = () => ({ id: server.user?.id ?? '', name: server.user?.name ?? '' });
  server.intercept((r) => {
    if (!r.path.startsWith('/conflicts')) return undefined;
    if (!server.user) return err(401, 'console.error.unauthenticated');
    const open = [...conflicts.values()].filter((d) => d.conflict.state === 'open');
    if (r.path === '/conflicts/count') return { status: 200, body: { open: open.length } };
    if (r.path === '/conflicts') {
      const resolved = r.query.get('state') === 'resolved';
      const items = [...conflicts.values()]
        .filter((d) => (d.conflict.state === 'open') !== resolved)
        .map((d) => d.conflict);
      return { status: 200, body: { items, openCount: open.length } };
    }
    const match = /^\/conflicts\/([^/]+)(\/resolve)?$/.exec(r.path);
    const found = match ? conflicts.get(decodeURIComponent(match[1] ?? '')) : undefined;
    if (!match || !found) return err(404, 'console.error.notFound');
    if (!match[2]) return { status: 200, body: found };
    const parsed = ConflictResolveRequestSchema.safeParse(r.body);
    if (!parsed.success) return err(400, 'console.error.invalid');
    if (parsed.data.version !== found.conflict.version) return err(409, 'console.error.staleVersion');
    const accepted = parsed.data.decision === 'accept';
    const next: ConflictDetail = {
      ...found,
      conflict: {
        ...found.conflict,
        state: accepted ? 'accepted' : 'kept',
        version: found.conflict.version + 1,
      },
      resolution: {
        by: me(),
        at: '2026-12-01T05:00:00.000Z',
        reason: parsed.data.reason,
        acceptedRevision: accepted ? found.latestRevision + 1 : null,
      },
    };
    conflicts.set(found.conflict.id, next);
    return { status: 200, body: next };
  });
}
