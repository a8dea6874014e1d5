import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONSOLE_ROUTES, type ConsoleRoute } from '../../src/core/console/console-api.ts';
import type { RecruiterDetail, RecruiterListResponse } from '../../src/core/console/recruiter-api.ts';
import type { LinkedPerson, Screening } from '../../src/core/screening/screening-schema.ts';
import type { ScreeningUpload } from '../../src/sync/contract.ts';
import { makeScreening } from '../fixtures/screenings.ts';
import {
  addStaff,
  consoleCall,
  enrolTablet,
  signInAs,
  startHarness,
  type ConsoleHarness,
  type StaffClient,
} from './console-harness.ts';
import { startPostgres, type PgTarget } from './pg-cluster.ts';

const XSS = '<img src=x onerror="alert(1)">';

const person = (id: string, over: Partial<LinkedPerson>): LinkedPerson => ({
  id,
  name: 'Tanpa Nama',
  role: 'agent',
  createdAt: '2026-11-20T01:00:00.000Z',
  ...over,
});
const upload = (screening: Partial<Screening>, persons: LinkedPerson[], ids?: string[]): ScreeningUpload => ({
  screening: makeScreening({ linkedPersonIds: ids ?? persons.map((p) => p.id), ...screening }),
  linkedPersons: persons,
});
const passenger = (lastName: string, passportNumber: string) => ({
  ...makeScreening().passenger,
  lastName,
  firstName: 'DEWI',
  passportNumber,
});

let pg: PgTarget;
beforeAll(async () => {
  pg = await startPostgres();
  if ('reason' in pg) console.warn(`PostgreSQL tests skipped: ${pg.reason}`);
}, 60_000);
afterAll(() => {
  if (pg.url) pg.stop();
});

describe.each(['pglite', 'postgres'] as const)('recruiters across checkpoints on %s (real HTTP)', (kind) => {
  let h: ConsoleHarness;
  let bp3mi: StaffClient;
  let imigrasi: StaffClient;
  let supervisor: StaffClient;
  let admin: StaffClient;

  beforeAll(async () => {
    if (kind === 'postgres' && !pg.url) return;
    h = await startHarness(kind, pg.url);
    await addStaff(h.db, 'w-bp3mi', 'bp3mi_worker', 'Wati BP3MI');
    await addStaff(h.db, 'w-imi', 'imigrasi_worker', 'Iwan Imigrasi');
    await addStaff(h.db, 'w-super', 'supervisor', 'Sari Supervisor');
    await addStaff(h.db, 'w-admin', 'admin', 'Adi Admin');
    bp3mi = await signInAs(h.url, 'w-bp3mi');
    imigrasi = await signInAs(h.url, 'w-imi');
    supervisor = await signInAs(h.url, 'w-super');
    admin = await signInAs(h.url, 'w-admin');
    const a = await enrolTablet(h, 'DEV-A');
    const b = await enrolTablet(h, 'DEV-B');
    const agentA = person('lp-a1', {
      name: 'Djoko Santoso',
      phone: '0812 1111 2222',
      claimedCompany: 'PT Maju Jaya',
    });
    const agentB = person('lp-b1', { name: 'Joko Santosa', phone: '+62 812-1111-2222', socialHandle: XSS });
    const other = person('lp-b2', { name: 'Siti Aminah', phone: '0813 9999 0000', role: 'sponsor' });
    const sent = [
      await a.upload([
        upload({ id: 's1', deviceId: 'DEV-A', passenger: passenger('SUHARTI', 'C1111111') }, [agentA]),
        upload(
          {
            id: 's2',
            deviceId: 'DEV-A',
            agency: 'BP3MI',
            airport: 'CGK',
            checkpoint: 'T3-INTL',
            createdAt: '2026-11-25T02:00:00.000Z',
            passenger: passenger('WULANDARI', 'C2222222'),
          },
          [agentA],
        ),
      ]),
      await b.upload([
        // The same passenger as s1 on another day: the same pseudonym in the dossier.
        upload(
          {
            id: 's3',
            deviceId: 'DEV-B',
            createdAt: '2026-11-26T03:00:00.000Z',
            passenger: passenger('SUHARTI', 'C1111111'),
          },
          [agentB],
        ),
        upload({ id: 's4', deviceId: 'DEV-B', passenger: passenger('RAHAYU', 'C4444444') }, [other]),
        // Naming another tablet's person without sending it: never joins that person's departures.
        upload({ id: 's5', deviceId: 'DEV-B', passenger: passenger('PUTRI', 'C5555555') }, [], ['lp-a1']),
      ]),
    ];
    for (const response of sent) expect(response.status).toBe(200);
  }, 60_000);
  afterAll(async () => {
    await h?.close();
  });
  const skip = () => kind === 'postgres' && !pg.url;

  it('answers the recruiter routes 401 without a session and 403 to the administrator', async () => {
    if (skip()) return;
    const names = Object.keys(CONSOLE_ROUTES).filter((n) => n.startsWith('recruiter'));
    expect(names).toHaveLength(5);
    for (const name of names) {
      const route: ConsoleRoute = CONSOLE_ROUTES[name as keyof typeof CONSOLE_ROUTES];
      const path = route.path.replace(':id', 'lp-a1');
      const body = route.method === 'post' ? { assessment: 'unknown', note: 'x' } : undefined;
      const anonymous = await consoleCall(h.url, '', '')(route.method.toUpperCase(), path, body);
      expect(anonymous.status, `${name} anonymous`).toBe(401);
      const refused = await admin.call(route.method.toUpperCase(), path, body);
      expect(refused.status, `${name} as admin`).toBe(403);
      expect(((await refused.json()) as { error: string }).error).toBe('console.error.forbidden');
    }
  });

  it('lists one party recorded on two tablets and two airports, by phone, and finds it by search', async () => {
    if (skip()) return;
    const list = (await (await bp3mi.call('GET', '/recruiters')).json()) as RecruiterListResponse;
    expect(list.total).toBe(1);
    const [item] = list.items;
    expect(item).toMatchObject({
      id: 'lp-a1',
      persons: 2,
      departures: 3,
      checkpoints: 2,
      airports: ['CGK', 'PLM'],
      matchedBy: ['phone'],
      lastSeenAt: '2026-11-26T03:00:00.000Z',
    });
    const byPhone = (await (
      await bp3mi.call('GET', '/recruiters?q=0812-1111-2222')
    ).json()) as RecruiterListResponse;
    expect(byPhone.items.map((i) => i.id)).toEqual(['lp-a1']);
    const none = (await (await bp3mi.call('GET', '/recruiters?q=tidak-ada')).json()) as RecruiterListResponse;
    expect(none.total).toBe(0);
    const all = (await (await bp3mi.call('GET', '/recruiters?min=1')).json()) as RecruiterListResponse;
    expect(all.items.map((i) => i.id).sort()).toEqual(['lp-a1', 'lp-b2']);
    const bad = await bp3mi.call('GET', '/recruiters?limit=0');
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ error: 'console.error.invalid', detail: 'limit' });
  });

  it('opens from any member and shows passengers by name only where the role allows', async () => {
    if (skip()) return;
    const response = await bp3mi.call('GET', '/recruiters/lp-b1');
    expect(response.status).toBe(200);
    const text = await response.text();
    const detail = JSON.parse(text) as RecruiterDetail;
    expect(detail.recruiter.id).toBe('lp-a1');
    expect(detail.departures.map((d) => d.screeningId)).toEqual(['s3', 's2', 's1']);
    expect(detail.socialHandles).toEqual([{ value: XSS, count: 1 }]);
    expect(detail.companies).toEqual([{ value: 'PT Maju Jaya', count: 1 }]);
    expect(detail.destinations).toEqual([{ value: 'JED', count: 3 }]);
    // A BP3MI worker sees the BP3MI screening's passenger, and pseudonyms for Imigrasi's.
    expect(detail.identitiesShown).toBe(1);
    expect(detail.departures.find((d) => d.screeningId === 's2')?.identity?.passportNumber).toBe('C2222222');
    expect(text).not.toContain('C1111111');
    expect(text).not.toContain('SUHARTI');
    const [s3, , s1] = detail.departures;
    expect(s1?.pseudonym).toMatch(/^P-[A-Z2-9]{6}$/);
    expect(s3?.pseudonym).toBe(s1?.pseudonym);
    expect(s1?.caseState).toBe('new');

    const asImigrasi = (await (await imigrasi.call('GET', '/recruiters/lp-a1')).json()) as RecruiterDetail;
    expect(asImigrasi.identitiesShown).toBe(2);
    const asSupervisor = (await (
      await supervisor.call('GET', '/recruiters/lp-a1')
    ).json()) as RecruiterDetail;
    expect(asSupervisor.identitiesShown).toBe(3);
    expect(asSupervisor.departures.map((d) => d.pseudonym)).toEqual(
      detail.departures.map((d) => d.pseudonym),
    );
    expect((await bp3mi.call('GET', '/recruiters/no-such-person')).status).toBe(404);
  });

  it('keeps every assessment with who and when, and refuses one without grounds', async () => {
    if (skip()) return;
    const empty = await bp3mi.call('POST', '/recruiters/lp-b1/assessments', {
      assessment: 'unknown',
      note: '   ',
    });
    expect(empty.status).toBe(400);
    expect(await empty.json()).toMatchObject({ error: 'console.error.invalid', detail: 'note' });
    const badChoice = await bp3mi.call('POST', '/recruiters/lp-b1/assessments', {
      assessment: 'guilty',
      note: 'x',
    });
    expect(badChoice.status).toBe(400);
    const first = await bp3mi.call('POST', '/recruiters/lp-b1/assessments', {
      assessment: 'unknown',
      note: 'Belum cukup data',
    });
    expect(first.status).toBe(201);
    const second = await imigrasi.call('POST', '/recruiters/lp-a1/assessments', {
      assessment: 'suspected_recruiter',
      note: `Tiga keberangkatan di dua bandara ${XSS}`,
    });
    const detail = (await second.json()) as RecruiterDetail;
    expect(detail.assessments.map((a) => [a.assessment, a.by.name])).toEqual([
      ['suspected_recruiter', 'Iwan Imigrasi'],
      ['unknown', 'Wati BP3MI'],
    ]);
    expect(detail.assessments[0]?.note).toContain(XSS);
    const list = (await (await bp3mi.call('GET', '/recruiters')).json()) as RecruiterListResponse;
    expect(list.items[0]?.latest?.assessment).toBe('suspected_recruiter');
  });

  it('exports the dossier as CSV and PDF, pseudonymised for the role, and audits who, what and for whom', async () => {
    if (skip()) return;
    const missing = await bp3mi.call('GET', '/recruiters/lp-a1/dossier.csv');
    expect(missing.status).toBe(400);
    const csv = await bp3mi.call(
      'GET',
      '/recruiters/lp-a1/dossier.csv?recipient=police&reference=B%2F12%2F2026',
    );
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toContain('text/csv');
    const body = await csv.text();
    expect(body.split('\r\n')[0]).toContain('recruiter_id,recruiter_name,screened_at');
    expect(body).toContain('C2222222');
    expect(body).not.toContain('C1111111');
    expect(body).not.toContain('SUHARTI');
    expect(body.split('\r\n').filter((l) => l !== '')).toHaveLength(4);
    const pdf = await supervisor.call(
      'GET',
      '/recruiters/lp-b1/dossier.pdf?recipient=binda&reference=R-7&lang=en',
    );
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    const bytes = new Uint8Array(await pdf.arrayBuffer());
    expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe('%PDF-');

    const audit = (await (await admin.call('GET', '/audit')).json()) as {
      items: {
        action: string;
        subject: string | null;
        actor: { username: string } | null;
        detail: Record<string, unknown>;
      }[];
    };
    const exports = audit.items.filter((e) => e.action === 'recruiter.export');
    expect(
      exports.map((e) => [e.actor?.username, e.detail.format, e.detail.recipient, e.detail.reference]),
    ).toEqual([
      ['w-super', 'pdf', 'binda', 'R-7'],
      ['w-bp3mi', 'csv', 'police', 'B/12/2026'],
    ]);
    expect(exports[1]).toMatchObject({
      subject: 'lp-a1',
      detail: { departures: 3, identities: 1, pseudonymised: 2 },
    });
    expect(audit.items.some((e) => e.action === 'recruiter.open' && e.actor?.username === 'w-bp3mi')).toBe(
      true,
    );
    expect(audit.items.some((e) => e.action === 'recruiter.assess')).toBe(true);
    const verify = (await (await admin.call('GET', '/audit/verify')).json()) as { ok: boolean };
    expect(verify.ok).toBe(true);
  });

  it('follows an amendment: a newer revision that drops the person removes that departure', async () => {
    if (skip()) return;
    const a = await enrolTablet(h, 'DEV-A2');
    const agent = person('lp-c1', { name: 'Agen Baru', phone: '0857 0000 1234' });
    const first = upload({ id: 's6', deviceId: 'DEV-A2' }, [agent]);
    const second = upload({ id: 's7', deviceId: 'DEV-A2' }, [agent]);
    expect((await a.upload([first, second])).status).toBe(200);
    const before = (await (await bp3mi.call('GET', '/recruiters/lp-c1')).json()) as RecruiterDetail;
    expect(before.departures).toHaveLength(2);
    const amended = upload(
      { id: 's7', deviceId: 'DEV-A2', revision: 2, updatedAt: '2026-11-23T02:00:00.000Z' },
      [],
    );
    expect((await a.upload([amended])).status).toBe(200);
    // The older revision arriving again changes nothing.
    expect((await a.upload([second])).status).toBe(200);
    const after = (await (await bp3mi.call('GET', '/recruiters/lp-c1')).json()) as RecruiterDetail;
    expect(after.departures.map((d) => d.screeningId)).toEqual(['s6']);
  });
});
