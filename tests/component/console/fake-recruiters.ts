import type {
  AssessmentEntry,
  RecruiterDetail,
  RecruiterSummary,
} from '../../../src/core/console/recruiter-api.ts';
import { err, type FakeConsoleServer, type SeenRequest } from './fake-console-server.ts';

/** A recruiter group as the list shows it; `text` replaces every free-text field when given. */
export function recruiterSummary(over: Partial<RecruiterSummary> = {}): RecruiterSummary {
  return {
    id: 'lp-1',
    name: 'Djoko Santoso',
    otherNames: 1,
    persons: 2,
    departures: 3,
    checkpoints: 2,
    airports: ['CGK', 'PLM'],
    lastSeenAt: '2026-12-01T03:15:00.000Z',
    matchedBy: ['phone'],
    latest: null,
    ...over,
  };
}

/** A recruiter's page; every free-text field takes `text` when given. */
export function recruiterDetail(text?: string): RecruiterDetail {
  const x = (value: string) => text ?? value;
  return {
    recruiter: recruiterSummary({ name: x('Djoko Santoso') }),
    names: [
      { value: x('Djoko Santoso'), count: 1 },
      { value: 'Joko Santosa', count: 1 },
    ],
    phones: [{ value: x('0812 1111 2222'), count: 2 }],
    idNumbers: [],
    socialHandles: [{ value: x('@agen.jaya'), count: 1 }],
    companies: [{ value: x('PT Maju Jaya'), count: 1 }],
    destinations: [{ value: 'JED', count: 3 }],
    departures: [
      {
        screeningId: 's3',
        screenedAt: '2026-12-01T03:15:00.000Z',
        airport: 'CGK',
        checkpoint: x('T3-INTL'),
        agency: 'BP3MI',
        outcome: 'REFER_BP3MI',
        destination: 'JED',
        role: 'agent',
        caseState: 'in_review',
        pseudonym: 'P-ABC234',
        identity: { name: x('WULANDARI, DEWI'), passportNumber: 'C2222222' },
      },
      {
        screeningId: 's1',
        screenedAt: '2026-11-28T03:15:00.000Z',
        airport: 'PLM',
        checkpoint: 'PRE-XRAY-INTL',
        agency: 'IMIGRASI',
        outcome: 'CLEAR_ADVISED',
        destination: 'JED',
        role: 'agent',
        caseState: null,
        pseudonym: 'P-XYZ789',
        identity: null,
      },
    ],
    assessments: [],
    identitiesShown: 1,
  };
}

/** Serves the recruiter routes from one detail; assessments are kept, newest first. */
export function serveRecruiters(server: FakeConsoleServer, detail: RecruiterDetail): void {
  let current = detail;
  server.intercept((r: SeenRequest) => {
    if (r.path === '/recruiters' && r.method === 'GET') {
      const q = r.query.get('q');
      const items =
        q && !current.recruiter.name.toLowerCase().includes(q.toLowerCase()) ? [] : [current.recruiter];
      return { status: 200, body: { items, total: items.length, offset: 0 } };
    }
    const match = /^\/recruiters\/([^/]+)(\/.*)?$/.exec(r.path);
    if (!match) return undefined;
    if (decodeURIComponent(match[1] ?? '') !== current.recruiter.id)
      return err(404, 'console.error.notFound');
    if (!match[2]) return { status: 200, body: current };
    if (match[2] === '/assessments' && r.method === 'POST') {
      const body = r.body as { assessment: AssessmentEntry['assessment']; note: string };
      const entry: AssessmentEntry = {
        id: `a${current.assessments.length + 1}`,
        assessment: body.assessment,
        note: body.note,
        at: '2026-12-02T01:00:00.000Z',
        by: { id: server.user?.id ?? '', name: server.user?.name ?? '' },
      };
      current = {
        ...current,
        assessments: [entry, ...current.assessments],
        recruiter: { ...current.recruiter, latest: { assessment: entry.assessment, at: entry.at } },
      };
      return { status: 201, body: current };
    }
    return undefined;
  });
}
