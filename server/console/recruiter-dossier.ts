import type { StaffUser } from '../../src/core/console/console-api.ts';
import type { DossierQuery, RecruiterDetail, Variant } from '../../src/core/console/recruiter-api.ts';
import { formatDateTime } from '../../src/core/time/local-time.ts';
import type { MessageKey } from '../../src/i18n/i18n.ts';
import { csvCell } from '../../src/core/export/csv-cell.ts';
import { textIn } from './dossier-text.ts';

/** What a dossier is made from: the recruiter as the exporting user may see it, and the request it answers. */
export type DossierInput = { detail: RecruiterDetail; query: DossierQuery; user: StaffUser; at: Date };

const ROLES = new Set(['sponsor', 'agent', 'companion']);
const joined = (variants: Variant[]): string => variants.map((v) => v.value).join(' | ');

/** The dossier as CSV: one row a departure, the party's details repeated on each so every row stands alone. */
export function dossierCsv({ detail, query }: DossierInput): string {
  // Column names stay the same in every language, so a partner's import keeps working; values are codes.
  const keys = [
    'recruiter_id',
    'recruiter_name',
    'screened_at',
    'airport',
    'checkpoint',
    'outcome',
    'destination',
    'role',
    'case_state',
    'passenger',
    'passenger_name',
    'passport_number',
    'recruiter_phones',
    'recruiter_id_numbers',
    'recruiter_handles',
    'recruiter_companies',
    'latest_assessment',
    'recipient',
    'reference',
  ];
  const r = detail.recruiter;
  const lines = detail.departures.map((d) =>
    [
      r.id,
      r.name,
      d.screenedAt,
      d.airport,
      d.checkpoint,
      d.outcome,
      d.destination,
      d.role,
      d.caseState,
      d.pseudonym,
      d.identity?.name,
      d.identity?.passportNumber,
      joined(detail.phones),
      joined(detail.idNumbers),
      joined(detail.socialHandles),
      joined(detail.companies),
      r.latest?.assessment,
      query.recipient,
      query.reference,
    ]
      .map(csvCell)
      .join(','),
  );
  return `\uFEFF${[keys.join(','), ...lines].join('\r\n')}\r\n`;
}

/** The dossier's text, section by section, as the PDF prints it. */
export function dossierLines({
  detail,
  query,
  user,
  at,
}: DossierInput): { heading: boolean; text: string }[] {
  const lang = query.lang ?? 'id';
  const tx = (key: MessageKey, params?: Record<string, string | number>) => textIn(lang, key, params);
  const when = (iso: string | null) => (iso ? formatDateTime(new Date(iso), 'WIB') : '—');
  const out: { heading: boolean; text: string }[] = [];
  const head = (text: string) => out.push({ heading: true, text });
  const line = (text: string) => out.push({ heading: false, text });
  const r = detail.recruiter;
  head(`${tx('recruiters.dossier.heading')}: ${r.name} (${r.id})`);
  line(tx('recruiters.dossier.exportedBy', { name: user.name, at: when(at.toISOString()) }));
  line(
    tx('recruiters.dossier.forRecipient', {
      recipient: tx(`recruiters.recipient.${query.recipient}`),
      reference: query.reference,
    }),
  );
  line(tx('recruiters.dossier.pseudonymised'));
  line(
    tx('recruiters.detail.summary', {
      departures: r.departures,
      checkpoints: r.checkpoints,
      last: when(r.lastSeenAt),
    }),
  );
  head(tx('recruiters.detail.details'));
  const sections: [MessageKey, Variant[]][] = [
    ['recruiters.detail.names', detail.names],
    ['recruiters.detail.phones', detail.phones],
    ['recruiters.detail.idNumbers', detail.idNumbers],
    ['recruiters.detail.socialHandles', detail.socialHandles],
    ['recruiters.detail.companies', detail.companies],
    ['recruiters.detail.destinations', detail.destinations],
  ];
  for (const [key, values] of sections)
    line(`${tx(key)}: ${values.map((v) => tx('recruiters.detail.times', { ...v })).join(', ') || '—'}`);
  head(tx('recruiters.dossier.assessments'));
  if (detail.assessments.length === 0) line(tx('recruiters.assess.none'));
  for (const a of detail.assessments)
    line(
      `${when(a.at)} · ${a.by.name} · ${tx(`recruiters.assessment.${a.assessment}`)}: ${a.note.replace(/\s+/g, ' ')}`,
    );
  head(tx('recruiters.detail.departures'));
  for (const d of detail.departures) {
    const who = d.identity ? `${d.identity.name} (${d.identity.passportNumber})` : d.pseudonym;
    const outcome = d.outcome ? tx(`checklist.outcome.${d.outcome}`) : '—';
    const role = ROLES.has(d.role) ? tx(`console.case.linkedRole.${d.role as 'sponsor'}`) : d.role;
    line(
      `${when(d.screenedAt)} · ${d.airport} ${d.checkpoint} · ${who} · ${role} · ${outcome} · ${d.destination ?? '—'}`,
    );
  }
  return out;
}
