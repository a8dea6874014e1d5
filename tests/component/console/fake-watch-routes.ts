import {
  CekalDecisionRequestSchema,
  CekalProposeRequestSchema,
  type CekalProposal,
} from '../../../src/core/console/cekal-api.ts';
import { checkCekalDecision } from '../../../src/core/console/cekal-rules.ts';
import type {
  AuditVerifyResponse,
  CaseDetail,
  ConsoleAuditEntry,
  StaffUser,
} from '../../../src/core/console/console-api.ts';
import { WatchlistEntryInputSchema, type WatchlistItem } from '../../../src/core/console/watchlist-api.ts';
import { previewWatchlistCsv } from '../../../server/watchlist-csv.ts';
import type { SeenRequest } from './fake-console-server.ts';

type Reply = { status: number; body?: unknown };
const err = (status: number, error: string, extra: object = {}): Reply => ({
  status,
  body: { error, ...extra },
});
const TODAY = () => new Date().toISOString().slice(0, 10);

/** A proposal; override what a test needs. */
export function proposal(over: Partial<CekalProposal> = {}): CekalProposal {
  return {
    id: 'p-1',
    caseId: 'case-1',
    kind: 'cegah',
    state: 'proposed',
    passengerName: 'SITI SUHARTI',
    passportNumber: 'C1234567',
    birthDate: '1999-04-02',
    grounds: 'Calon PMI nonprosedural ke Jeddah, dijemput sponsor.',
    proposedBy: { id: 'u-bp3mi', name: 'Dewi Kartika' },
    proposedAt: '2026-12-01T04:00:00.000Z',
    decidedBy: null,
    decidedAt: null,
    decisionReason: null,
    expiresOn: null,
    watchlistId: null,
    ...over,
  };
}

/** A watchlist item; override what a test needs. */
export function watchItem(id: string, name: string, over: Partial<WatchlistItem> = {}): WatchlistItem {
  return {
    entry: { id, kind: 'cegah', name, passportNumber: 'B7654321', updatedAt: '2026-12-01T04:00:00.000Z' },
    expiresOn: null,
    source: 'console',
    changedBy: 'budi.imi',
    ended: false,
    ...over,
  };
}

/**
 * The cekal, watchlist and audit routes of the fake console API, in memory: the two-person rule and the expiry
 * limits come from the same core rules the server uses, and a CSV is checked by the server's own preview.
 */
export class FakeWatchRoutes {
  proposals: CekalProposal[] = [];
  items: WatchlistItem[] = [];
  audit: ConsoleAuditEntry[] = [];
  verify: AuditVerifyResponse = { ok: true, checked: 0, firstBrokenSeq: null };
  pageSize = 100;
  private made = 0;

  route(r: SeenRequest, user: StaffUser, cases: Map<string, CaseDetail>): Reply | null {
    if (r.path === '/cekal') return r.method === 'GET' ? this.listCekal(r) : this.propose(r, user, cases);
    const decide = /^\/cekal\/([^/]+)\/decision$/.exec(r.path);
    if (decide && r.method === 'POST') return this.decide(decodeURIComponent(decide[1] ?? ''), r, user);
    if (r.path === '/audit' && r.method === 'GET') return this.auditPage(r);
    if (r.path === '/audit/verify' && r.method === 'GET') return { status: 200, body: this.verify };
    if (!r.path.startsWith('/watchlist')) return null;
    if (r.method === 'GET' && r.path === '/watchlist') return this.listWatch(r);
    if (user.agency !== 'IMIGRASI' || user.role === 'bp3mi_worker')
      return err(403, 'console.error.wrongAgency');
    if (r.path === '/watchlist/import/preview')
      return { status: 200, body: previewWatchlistCsv(this.csvOf(r), '2026-12-01T05:00:00.000Z') };
    if (r.path === '/watchlist/import') return this.importCsv(r, user);
    if (r.path === '/watchlist' && r.method === 'POST') return this.save(null, r, user);
    const entry = /^\/watchlist\/entries\/([^/]+)$/.exec(r.path);
    if (!entry) return null;
    const id = decodeURIComponent(entry[1] ?? '');
    if (r.method === 'POST') return this.save(id, r, user);
    const found = this.items.find((i) => i.entry.id === id);
    if (!found) return err(404, 'console.error.notFound');
    const ended = {
      ...found,
      ended: true,
      entry: { ...found.entry, deleted: true },
      changedBy: user.username,
    };
    this.items = this.items.map((i) => (i === found ? ended : i));
    return { status: 200, body: ended };
  }

  private listCekal(r: SeenRequest): Reply {
    const state = r.query.get('state');
    const caseId = r.query.get('caseId');
    const items = this.proposals.filter(
      (p) => (!state || p.state === state) && (!caseId || p.caseId === caseId),
    );
    return { status: 200, body: { items } };
  }

  private propose(r: SeenRequest, user: StaffUser, cases: Map<string, CaseDetail>): Reply {
    const parsed = CekalProposeRequestSchema.safeParse(r.body);
    if (!parsed.success) return err(400, 'console.error.invalid');
    const found = cases.get(parsed.data.caseId);
    if (!found) return err(404, 'console.error.notFound');
    const open = this.proposals.some(
      (p) =>
        p.caseId === parsed.data.caseId &&
        p.kind === parsed.data.kind &&
        (p.state === 'proposed' || p.state === 'approved'),
    );
    if (open) return err(409, 'console.error.proposalExists');
    const made = proposal({
      id: `p-new-${++this.made}`,
      caseId: found.case.id,
      kind: parsed.data.kind,
      grounds: parsed.data.grounds,
      passengerName: found.case.passengerName,
      proposedBy: { id: user.id, name: user.name },
    });
    this.proposals = [made, ...this.proposals];
    return { status: 201, body: made };
  }

  private decide(id: string, r: SeenRequest, user: StaffUser): Reply {
    const parsed = CekalDecisionRequestSchema.safeParse(r.body);
    if (!parsed.success) return err(400, 'console.error.invalid');
    const found = this.proposals.find((p) => p.id === id);
    if (!found) return err(404, 'console.error.notFound');
    const check = checkCekalDecision(
      { state: found.state, proposedById: found.proposedBy.id },
      parsed.data,
      user,
      TODAY(),
    );
    if (!check.ok) return err(check.status, check.error);
    const approve = parsed.data.decision === 'approve';
    const decided: CekalProposal = {
      ...found,
      state: approve ? 'approved' : 'refused',
      decidedBy: { id: user.id, name: user.name },
      decidedAt: '2026-12-01T06:00:00.000Z',
      decisionReason: parsed.data.reason,
      expiresOn: approve ? (parsed.data.expiresOn ?? null) : null,
      watchlistId: approve ? `cekal-${found.id}` : null,
    };
    this.proposals = this.proposals.map((p) => (p.id === id ? decided : p));
    return { status: 200, body: decided };
  }

  private listWatch(r: SeenRequest): Reply {
    const q = r.query.get('q')?.toLowerCase();
    const kind = r.query.get('kind');
    const ended = r.query.get('ended') === '1';
    const all = this.items
      .filter((i) => (ended || !i.ended) && (!kind || i.entry.kind === kind))
      .filter((i) => !q || `${i.entry.name} ${i.entry.passportNumber ?? ''}`.toLowerCase().includes(q))
      .sort((a, b) => a.entry.id.localeCompare(b.entry.id));
    const cursor = r.query.get('cursor');
    const rest = cursor ? all.filter((i) => i.entry.id > cursor) : all;
    const items = rest.slice(0, this.pageSize);
    const nextCursor = rest.length > this.pageSize ? (items.at(-1)?.entry.id ?? null) : null;
    return { status: 200, body: { items, nextCursor } };
  }

  private save(id: string | null, r: SeenRequest, user: StaffUser): Reply {
    const parsed = WatchlistEntryInputSchema.safeParse(r.body);
    if (!parsed.success) return err(400, 'console.error.invalid');
    if (id !== null && !this.items.some((i) => i.entry.id === id)) return err(404, 'console.error.notFound');
    const { expiresOn, ...fields } = parsed.data;
    const item: WatchlistItem = {
      entry: { ...fields, id: id ?? `wl-new-${++this.made}`, updatedAt: '2026-12-01T06:00:00.000Z' },
      expiresOn: expiresOn ?? null,
      source: 'console',
      changedBy: user.username,
      ended: false,
    };
    this.items = id === null ? [...this.items, item] : this.items.map((i) => (i.entry.id === id ? item : i));
    return { status: id === null ? 201 : 200, body: item };
  }

  private csvOf(r: SeenRequest): string {
    const body = r.body as { csv?: unknown } | null;
    return typeof body?.csv === 'string' ? body.csv : '';
  }

  private importCsv(r: SeenRequest, user: StaffUser): Reply {
    const preview = previewWatchlistCsv(this.csvOf(r), '2026-12-01T05:00:00.000Z');
    if (preview.fileError || preview.rows.some((row) => row.errors.length > 0))
      return err(422, 'console.error.csvInvalid', { preview });
    for (const row of preview.rows)
      if (row.entry)
        this.items.push({
          entry: row.entry,
          expiresOn: row.expiresOn,
          source: 'csv',
          changedBy: user.username,
          ended: false,
        });
    return { status: 200, body: { stored: preview.valid } };
  }

  private auditPage(r: SeenRequest): Reply {
    const cursor = r.query.get('cursor');
    const sorted = [...this.audit].sort((a, b) => b.seq - a.seq);
    const rest = cursor ? sorted.filter((e) => e.seq < Number(cursor)) : sorted;
    const items = rest.slice(0, this.pageSize);
    const nextCursor = rest.length > this.pageSize ? String(items.at(-1)?.seq ?? '') : null;
    return { status: 200, body: { items, nextCursor } };
  }
}
