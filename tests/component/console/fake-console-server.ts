import {
  CSRF_HEADER,
  CaseActionRequestSchema,
  type CaseDetail,
  type CaseSummary,
  type DeviceRow,
  type StaffListItem,
  type StaffUser,
} from '../../../src/core/console/console-api.ts';
import { FakeWatchRoutes } from './fake-watch-routes.ts';

/** One request the console made, as the fake server saw it. */
export type SeenRequest = {
  method: string;
  path: string;
  query: URLSearchParams;
  body: unknown;
  csrf: string | null;
};

type Reply = { status: number; body?: unknown };

export const WORKER: StaffUser = {
  id: 'u-bp3mi',
  username: 'dewi.bp3mi',
  name: 'Dewi Kartika',
  role: 'bp3mi_worker',
  agency: 'BP3MI',
};
export const OTHER_WORKER = { id: 'u-imi', name: 'Agus Salim' };
export const ADMIN: StaffUser = {
  id: 'u-admin',
  username: 'admin',
  name: 'Admin Pusat',
  role: 'admin',
  agency: null,
};
export const CSRF = 'csrf-token-123';
export const PASSWORD = 'kata-sandi-panjang-1';

/** A case summary; override what a test needs. */
export function summary(over: Partial<CaseSummary> = {}): CaseSummary {
  return {
    id: 'case-1',
    revision: 1,
    state: 'new',
    version: 1,
    owner: null,
    screenedAt: '2026-12-01T03:15:00.000Z',
    openedAt: '2026-12-01T03:20:00.000Z',
    updatedAt: '2026-12-01T03:20:00.000Z',
    airport: 'PLM',
    checkpoint: 'PRE-XRAY-INTL',
    agency: 'IMIGRASI',
    deviceId: 'dev-1',
    outcome: 'REFER_BP3MI',
    score: 7,
    passengerName: 'SUHARTI, SITI',
    passportNumber: 'C1234567',
    nationality: 'IDN',
    destination: 'JED',
    homeDistrictCode: '16.01',
    referredTo: null,
    dueDate: null,
    ...over,
  };
}

/** A BP3MI handover recorded by Imigrasi and confirmed by the receiver's PIN, `minutes` after 03:00 UTC. */
export function confirmedHandover(minutes = 25): NonNullable<CaseDetail['screening']['handover']> {
  const at = (m: number) => `2026-12-01T03:${String(m).padStart(2, '0')}:00.000Z`;
  return {
    time: at(minutes),
    bp3miOfficer: 'Rina Marlina (BP3MI)',
    bp3miOfficerId: 'off-bp3mi-1',
    recordedBy: 'PETUGAS-IMIGRASI',
    recordedAt: at(minutes + 1),
    confirmedBy: 'off-bp3mi-1',
    confirmedAt: at(minutes + 2),
  };
}

/** A full case as GET /cases/:id answers it; every free-text field takes `text` when given. */
export function detail(over: Partial<CaseSummary> = {}, text?: string): CaseDetail {
  const s = summary(over);
  const x = (value: string) => text ?? value;
  return {
    case: { ...s, passengerName: x(s.passengerName), finding: null, reason: null },
    screening: {
      id: s.id,
      revision: 2,
      status: 'final',
      createdAt: '2026-12-01T03:15:00.000Z',
      updatedAt: '2026-12-01T03:18:00.000Z',
      airport: x('PLM'),
      checkpoint: x('PRE-XRAY-INTL'),
      agency: 'IMIGRASI',
      officerId: x('PETUGAS-IMIGRASI'),
      deviceId: x('dev-1'),
      catalogueVersion: 1,
      passenger: {
        lastName: x('SUHARTI'),
        firstName: x('SITI'),
        sex: 'female',
        birthDate: '1999-04-02',
        nationality: x('IDN'),
        passportNumber: x('C1234567'),
        issuingState: x('IDN'),
        passportExpiry: '2030-01-01',
        homeDistrictCode: x('16.01'),
        phone: x('0812000111'),
        nik: x('1601000000000001'),
      },
      flight: {
        carrier: x('SV'),
        flightNumber: x('817'),
        date: '2026-12-01',
        from: x('PLM'),
        finalDestination: x('JED'),
        transits: [x('CGK')],
        oneWay: true,
        bookedBy: x('PT Maju Jaya'),
      },
      answers: { TRV_ONE_WAY: 'yes', DOC_NO_CONTRACT: 'yes', INT_PURPOSE_UNCLEAR: 'unknown' },
      prefilled: {},
      score: 7,
      recommended: 'REFER_BP3MI',
      outcome: 'REFER_BP3MI',
      passportWithdrawn: false,
      decidedBy: x('PETUGAS-IMIGRASI'),
      decidedAt: '2026-12-01T03:18:00.000Z',
      note: x('Dijemput sponsor di bandara'),
      groupId: x('grp-1'),
      linkedPersonIds: ['lp-1'],
    },
    answers: [
      {
        indicatorId: x('TRV_ONE_WAY'),
        answer: 'yes',
        question: { id: x('Tiket sekali jalan?'), en: x('One-way ticket?') },
        weight: 2,
        redFlag: false,
        prefilledReason: text ?? null,
      },
      {
        indicatorId: 'DOC_NO_CONTRACT',
        answer: 'yes',
        question: null,
        weight: 3,
        redFlag: true,
        prefilledReason: null,
      },
    ],
    reasons: [
      { code: 'checklist.reason.scoreRefer', params: { score: 7, count: 2 }, indicatorIds: [] },
      { code: x('checklist.reason.unknownCode'), params: {}, indicatorIds: [] },
    ],
    linkedPersons: [
      {
        id: 'lp-1',
        name: x('Pak Haji Rahmat'),
        phone: x('0813999888'),
        idNumber: x('3201'),
        claimedCompany: x('PT Sukses Abadi'),
        socialHandle: x('@rahmat.kerja'),
        role: 'agent',
        createdAt: '2026-12-01T03:10:00.000Z',
      },
    ],
    revisions: [
      {
        revision: 1,
        receivedAt: '2026-12-01T03:16:00.000Z',
        updatedAt: '2026-12-01T03:15:00.000Z',
        officerId: x('PETUGAS-IMIGRASI'),
        outcome: 'INTERVIEW',
        changes: [],
      },
      {
        revision: 2,
        receivedAt: '2026-12-01T03:19:00.000Z',
        updatedAt: '2026-12-01T03:18:00.000Z',
        officerId: x('PETUGAS-IMIGRASI'),
        outcome: 'REFER_BP3MI',
        changes: [
          { field: x('outcome'), before: x('INTERVIEW'), after: x('REFER_BP3MI') },
          { field: 'note', before: '', after: { text: x('nested') } },
        ],
      },
    ],
    deviceAudit: [
      {
        seq: 4,
        at: '2026-12-01T03:18:00.000Z',
        actor: x('PETUGAS-IMIGRASI'),
        action: x('screening.amend'),
        detail: { reason: x('typo') },
      },
    ],
    history: [
      {
        at: '2026-12-01T03:20:00.000Z',
        actor: null,
        action: 'opened',
        fromState: null,
        toState: 'new',
        forced: false,
        previousOwner: null,
        referredTo: null,
        dueDate: null,
        finding: null,
        reason: text ?? null,
      },
    ],
  };
}

export function device(over: Partial<DeviceRow> = {}): DeviceRow {
  return {
    id: 'dev-1',
    airport: 'PLM',
    checkpoint: 'PRE-XRAY-INTL',
    enrolledAt: '2026-11-30T01:00:00.000Z',
    revoked: false,
    lastSeenAt: '2026-12-01T04:00:00.000Z',
    appVersion: '0.1.0',
    pending: 3,
    rejected: 0,
    ...over,
  };
}

type Handler = (request: SeenRequest) => Reply | undefined;

/**
 * A console API in memory: routes answer from `cases`/`devices`, each test can put a handler in front
 * (`intercept`), and every request is recorded with its CSRF header.
 */
export class FakeConsoleServer {
  user: StaffUser | null = null;
  accounts: Array<{ user: StaffUser; password: string }> = [
    { user: WORKER, password: PASSWORD },
    { user: ADMIN, password: PASSWORD },
  ];
  cases = new Map<string, CaseDetail>();
  devices: DeviceRow[] = [];
  staff: StaffListItem[] = [];
  /** The signed-in account must replace its password before anything else. */
  mustChangePassword = false;
  /** Cekal proposals, the watchlist and the server audit log. */
  watch = new FakeWatchRoutes();
  pageSize = 50;
  seen: SeenRequest[] = [];
  private handlers: Handler[] = [];

  intercept(handler: Handler): void {
    this.handlers.push(handler);
  }

  requests(method: string, path: string): SeenRequest[] {
    return this.seen.filter((r) => r.method === method && r.path === path);
  }

  readonly fetch = async (input: string, init: RequestInit = {}): Promise<Response> => {
    const url = new URL(input, 'http://console.test');
    const headers = new Headers(init.headers);
    const request: SeenRequest = {
      method: init.method ?? 'GET',
      path: url.pathname.replace(/^\/api\/console/, ''),
      query: url.searchParams,
      body: typeof init.body === 'string' ? (JSON.parse(init.body) as unknown) : null,
      csrf: headers.get(CSRF_HEADER),
    };
    this.seen.push(request);
    for (const handler of this.handlers) {
      const reply = handler(request);
      if (reply) return json(reply);
    }
    return json(this.route(request));
  };

  private route(r: SeenRequest): Reply {
    if (r.path === '/session' && r.method === 'GET')
      return this.user ? { status: 200, body: this.session() } : err(401, 'console.error.unauthenticated');
    if (r.path === '/session' && r.method === 'POST') {
      const body = r.body as { username?: string; password?: string } | null;
      const account = this.accounts.find((a) => a.user.username === body?.username);
      if (!account || account.password !== body?.password) return err(401, 'console.error.badCredentials');
      this.user = account.user;
      return { status: 200, body: this.session() };
    }
    if (r.path === '/session' && r.method === 'DELETE') {
      this.user = null;
      return { status: 204 };
    }
    if (!this.user) return err(401, 'console.error.unauthenticated');
    if (r.method !== 'GET' && r.csrf !== CSRF) return err(403, 'console.error.csrf');
    if (r.path === '/session/password' && r.method === 'POST') return this.changePassword(r);
    if (this.mustChangePassword) return err(403, 'console.error.passwordChangeRequired');
    if (r.path === '/cases' && r.method === 'GET') {
      const all = [...this.cases.values()]
        .map((d) => d.case)
        .sort((a, b) => b.screenedAt.localeCompare(a.screenedAt));
      const start = Number(r.query.get('cursor') ?? 0);
      const items = all.slice(start, start + this.pageSize);
      const next = start + this.pageSize < all.length ? String(start + this.pageSize) : null;
      return { status: 200, body: { items, nextCursor: next } };
    }
    const caseMatch = /^\/cases\/([^/]+)(\/actions)?$/.exec(r.path);
    if (caseMatch) {
      const found = this.cases.get(decodeURIComponent(caseMatch[1] ?? ''));
      if (!found) return err(404, 'console.error.notFound');
      if (!caseMatch[2]) return { status: 200, body: found };
      return this.act(found, r);
    }
    if (r.path === '/devices' && r.method === 'GET') return { status: 200, body: { items: this.devices } };
    if (r.path === '/devices/codes' && r.method === 'POST')
      return { status: 200, body: { code: 'K7M2-P9QX', expiresAt: '2026-12-02T05:00:00.000Z' } };
    const revoke = /^\/devices\/([^/]+)\/revoke$/.exec(r.path);
    if (revoke && r.method === 'POST') {
      const id = decodeURIComponent(revoke[1] ?? '');
      this.devices = this.devices.map((d) => (d.id === id ? { ...d, revoked: true } : d));
      return { status: 200, body: { id, revoked: true } };
    }
    if (r.path === '/users' && r.method === 'GET') return { status: 200, body: { items: this.staff } };
    const userAction = /^\/users\/([^/]+)\/(active|password)$/.exec(r.path);
    if (userAction && r.method === 'POST') return this.userAction(decodeURIComponent(userAction[1] ?? ''), r);
    if (r.path === '/users' && r.method === 'POST') {
      const body = r.body as {
        username: string;
        name: string;
        role: StaffUser['role'];
        agency: StaffUser['agency'];
      };
      if (this.staff.some((u) => u.username === body.username))
        return err(409, 'console.error.usernameTaken');
      const user: StaffUser = {
        id: `u-${body.username}`,
        username: body.username,
        name: body.name,
        role: body.role,
        agency: body.agency,
      };
      this.staff.push({
        ...user,
        active: true,
        createdAt: '2026-12-01T06:00:00.000Z',
        lastSignInAt: null,
        locked: false,
        mustChangePassword: true,
      });
      return { status: 201, body: user };
    }
    return this.watch.route(r, this.user, this.cases) ?? err(404, 'console.error.notFound');
  }

  private act(found: CaseDetail, r: SeenRequest): Reply {
    const parsed = CaseActionRequestSchema.safeParse(r.body);
    if (!parsed.success) return err(400, 'console.error.invalid');
    const a = parsed.data;
    const c = found.case;
    if (a.version !== c.version) return err(409, 'console.error.staleVersion');
    const me = { id: this.user!.id, name: this.user!.name };
    if (a.action === 'take' && c.owner && c.owner.id !== me.id && !a.force)
      return { status: 409, body: { error: 'console.error.ownedByOther', owner: c.owner } };
    const state =
      a.action === 'take' || a.action === 'reopen'
        ? 'in_review'
        : a.action === 'release'
          ? 'new'
          : a.action === 'follow_up'
            ? 'follow_up'
            : 'closed';
    const next: CaseDetail = {
      ...found,
      case: {
        ...c,
        state,
        version: c.version + 1,
        owner: a.action === 'release' ? null : a.action === 'take' || a.action === 'reopen' ? me : c.owner,
        referredTo: a.referredTo ?? c.referredTo,
        dueDate: a.dueDate ?? c.dueDate,
        finding: a.finding ?? c.finding,
        reason: a.reason ?? c.reason,
      },
      history: [
        ...found.history,
        {
          at: '2026-12-01T05:00:00.000Z',
          actor: me,
          action: a.action,
          fromState: c.state,
          toState: state,
          forced: a.force ?? false,
          previousOwner: a.force ? c.owner : null,
          referredTo: a.referredTo ?? null,
          dueDate: a.dueDate ?? null,
          finding: a.finding ?? null,
          reason: a.reason ?? null,
        },
      ],
    };
    this.cases.set(c.id, next);
    return { status: 200, body: next };
  }

  session() {
    return {
      user: this.user!,
      csrfToken: CSRF,
      idleMinutes: 30,
      mustChangePassword: this.mustChangePassword,
    };
  }

  private changePassword(r: SeenRequest): Reply {
    const body = r.body as { current?: string; next?: string } | null;
    const account = this.accounts.find((a) => a.user.id === this.user?.id);
    if (!account || account.password !== body?.current) return err(400, 'console.error.currentPasswordWrong');
    if (body.next === body.current) return err(400, 'console.error.passwordReused');
    account.password = body.next ?? '';
    this.mustChangePassword = false;
    return { status: 200, body: this.session() };
  }

  private userAction(id: string, r: SeenRequest): Reply {
    if (id === this.user?.id) return err(400, 'console.error.notOnSelf');
    const found = this.staff.find((u) => u.id === id);
    if (!found) return err(404, 'console.error.notFound');
    if (r.path.endsWith('/active')) {
      const active = (r.body as { active: boolean }).active;
      this.staff = this.staff.map((u) => (u.id === id ? { ...u, active } : u));
      return { status: 200, body: { id, active } };
    }
    this.staff = this.staff.map((u) => (u.id === id ? { ...u, mustChangePassword: true, locked: false } : u));
    return { status: 200, body: { id, mustChangePassword: true } };
  }
}

function json(reply: Reply): Response {
  return reply.status === 204
    ? new Response(null, { status: 204 })
    : new Response(JSON.stringify(reply.body ?? {}), {
        status: reply.status,
        headers: { 'Content-Type': 'application/json' },
      });
}

export function err(status: number, error: string, extra: object = {}): Reply {
  return { status, body: { error, ...extra } };
}
