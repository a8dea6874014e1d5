import {
  AssessmentRequestSchema,
  DossierQuerySchema,
  RecruiterQuerySchema,
} from '../../src/core/console/recruiter-api.ts';
import type { Db } from '../db.ts';
import { dossierPdf } from './dossier-pdf.ts';
import { dossierCsv, dossierLines, type DossierInput } from './recruiter-dossier.ts';
import { addAssessment, listRecruiters, recruiterDetail } from './recruiters.ts';
import { fail, readJson, readQueryWith, type C, type On } from './route-kit.ts';
import { appendAudit } from './server-audit.ts';

/** The dossier's input, or the response that refuses it (bad query, unknown recruiter). */
async function dossierInput(
  c: C,
  db: Db,
): Promise<{ ok: true; input: DossierInput } | { ok: false; response: Response }> {
  const query = readQueryWith(c, DossierQuerySchema);
  if (!query.ok) return query;
  if (query.data.reference.trim() === '')
    return { ok: false, response: fail(c, 400, { error: 'console.error.invalid', detail: 'reference' }) };
  const detail = await recruiterDetail(db, c.req.param('id') ?? '', c.get('user'));
  if (!detail) return { ok: false, response: fail(c, 404, { error: 'console.error.notFound' }) };
  return { ok: true, input: { detail, query: query.data, user: c.get('user'), at: new Date() } };
}

/** Writes who exported which recruiter's dossier, for whom, and how many passengers it names or pseudonymises. */
async function auditExport(db: Db, input: DossierInput, format: 'csv' | 'pdf'): Promise<void> {
  const { detail, query, user } = input;
  await appendAudit(db, user, 'recruiter.export', detail.recruiter.id, {
    format,
    recipient: query.recipient,
    reference: query.reference,
    departures: detail.departures.length,
    identities: detail.identitiesShown,
    pseudonymised: detail.departures.length - detail.identitiesShown,
  });
}

/** A file name safe in a header: the recruiter's key in ASCII letters, digits and dashes. */
const fileName = (id: string, ext: string) =>
  `saring-perekrut-${id.replace(/[^A-Za-z0-9-]+/g, '-').slice(0, 60)}.${ext}`;

/** Recruiters across checkpoints: the list, a recruiter's page, assessments, and dossiers for partner agencies. */
export function registerRecruiterRoutes(on: On, db: Db): void {
  on('recruiters', async (c) => {
    const query = readQueryWith(c, RecruiterQuerySchema);
    if (!query.ok) return query.response;
    const page = await listRecruiters(db, query.data);
    await appendAudit(db, c.get('user'), 'recruiter.search', null, {
      ...query.data,
      results: page.items.length,
    });
    return c.json(page);
  });
  on('recruiterDetail', async (c) => {
    const detail = await recruiterDetail(db, c.req.param('id') ?? '', c.get('user'));
    if (!detail) return fail(c, 404, { error: 'console.error.notFound' });
    await appendAudit(db, c.get('user'), 'recruiter.open', detail.recruiter.id, {
      departures: detail.departures.length,
      identities: detail.identitiesShown,
    });
    return c.json(detail);
  });
  on('recruiterAssess', async (c) => {
    const body = await readJson(c, AssessmentRequestSchema);
    if (!body.ok) return body.response;
    const user = c.get('user');
    const made = await addAssessment(db, c.req.param('id') ?? '', body.data.assessment, body.data.note, user);
    if (!made.ok)
      return made.error === 'notFound'
        ? fail(c, 404, { error: 'console.error.notFound' })
        : fail(c, 400, { error: 'console.error.invalid', detail: 'note' });
    await appendAudit(db, user, 'recruiter.assess', made.groupKey, { assessment: body.data.assessment });
    const detail = await recruiterDetail(db, made.groupKey, user);
    return detail ? c.json(detail, 201) : fail(c, 404, { error: 'console.error.notFound' });
  });
  on('recruiterDossierCsv', async (c) => {
    const made = await dossierInput(c, db);
    if (!made.ok) return made.response;
    await auditExport(db, made.input, 'csv');
    c.header(
      'Content-Disposition',
      `attachment; filename="${fileName(made.input.detail.recruiter.id, 'csv')}"`,
    );
    return c.body(dossierCsv(made.input), 200, { 'Content-Type': 'text/csv; charset=utf-8' });
  });
  on('recruiterDossierPdf', async (c) => {
    const made = await dossierInput(c, db);
    if (!made.ok) return made.response;
    const lang = made.input.query.lang ?? 'id';
    const pdf = await dossierPdf(dossierLines(made.input), lang, made.input.detail.recruiter.name);
    await auditExport(db, made.input, 'pdf');
    c.header(
      'Content-Disposition',
      `attachment; filename="${fileName(made.input.detail.recruiter.id, 'pdf')}"`,
    );
    return c.body(new Uint8Array(pdf), 200, { 'Content-Type': 'application/pdf' });
  });
}
