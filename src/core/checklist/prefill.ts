import type { Capture } from '../capture/capture.ts';
import type { Answer, LinkedPerson } from '../screening/screening-schema.ts';
import { countryOfDestination } from '../reference-data/places.ts';
import { matchLinkedPerson, matchPassenger, type WatchlistIndex } from '../watchlist/match-watchlist.ts';
import { jaroWinkler, nameTokens } from '../watchlist/name-match.ts';
import type { Catalogue, PrefillRule } from './catalogue-schema.ts';

/** i18n keys explaining a pre-answer or a warning (namespace `checklist.prefill`). */
export type PrefillReason =
  | 'checklist.prefill.minor'
  | 'checklist.prefill.highRiskDestination'
  | 'checklist.prefill.moratoriumDestination'
  | 'checklist.prefill.nameMismatch'
  | 'checklist.prefill.newPassport'
  | 'checklist.prefill.watchlistPassport'
  | 'checklist.prefill.watchlistName'
  | 'checklist.prefill.recruiterContact'
  | 'checklist.prefill.recruiterName'
  | 'checklist.prefill.sendingArea'
  | 'checklist.prefill.warning.passportExpired'
  | 'checklist.prefill.warning.passportExpiring'
  | 'checklist.prefill.warning.atensi';

/** Where a pre-answer comes from; 'profile' answers never decide an outcome alone (pass them to scoreScreening). */
export type PrefillBasis = 'document' | 'watchlist' | 'profile';

/** One pre-answered indicator: the officer sees `t(reason, params)` beside it and may change the answer. */
export type Prefill = {
  indicatorId: string;
  answer: Answer;
  reason: PrefillReason;
  params: Record<string, string | number>;
  basis: PrefillBasis;
};

/** A fact to show that answers no indicator (an expired passport is a document problem, not a migration sign). */
export type PrefillWarning = { reason: PrefillReason; params: Record<string, string | number> };

export type PrefillInput = {
  capture: Capture;
  /** Today at the checkpoint, YYYY-MM-DD (localDay). */
  today: string;
  catalogue: Catalogue;
  watchlist?: WatchlistIndex | undefined;
  linkedPersons?: readonly Pick<LinkedPerson, 'name' | 'phone' | 'socialHandle'>[] | undefined;
};

export type PrefillResult = { prefills: Prefill[]; warnings: PrefillWarning[] };

/** Months of validity many destinations require: a passport expiring sooner gets a warning. */
export const EXPIRY_WARNING_MONTHS = 6;
/** A passport issued fewer months ago than this counts as new (REFERENCE §3 DOC_NEW_PASSPORT). */
export const NEW_PASSPORT_MONTHS = 3;

/** Whole years between an ISO birth date and an ISO day. */
export function ageOn(birthDate: string, today: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = today.split('-').map(Number) as [number, number, number];
  return ty - by - (tm < bm || (tm === bm && td < bd) ? 1 : 0);
}

/** An ISO day moved by whole months (day clamped to the month's end). */
export function addMonths(iso: string, months: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const first = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(d, last));
  return first.toISOString().slice(0, 10);
}

const TITLES = new Set(['MR', 'MRS', 'MS', 'MSTR', 'MISS', 'DR', 'FNU', 'LNU']);

/** Whether the boarding-pass name ('LAST/FIRST MR', truncated to 20 characters) fits the passport's names. */
export function boardingPassNameFits(boardingPassName: string, firstName: string, lastName: string): boolean {
  const pass = nameTokens(`${firstName} ${lastName}`);
  const cleaned = boardingPassName.replace(/\b(MR|MRS|MS|MSTR|MISS|DR)$/i, '');
  const bp = nameTokens(cleaned).filter((t) => !TITLES.has(t));
  if (bp.length === 0 || pass.length === 0) return true;
  const lastBp = nameTokens(cleaned.split('/').pop() ?? '').at(-1);
  return bp.every((token) =>
    pass.some(
      (p) =>
        p === token ||
        jaroWinkler(p, token) >= 0.9 ||
        // The last part may be cut off by the 20-character field.
        (token === lastBp && token.length >= 2 && p.startsWith(token)),
    ),
  );
}

type RuleContext = PrefillInput & { indicatorId: string; out: Prefill[]; warnings: PrefillWarning[] };

const RULES: Record<PrefillRule, (c: RuleContext) => void> = {
  minorByBirthDate({ capture, today, indicatorId, out }) {
    const birth = capture.passenger?.birthDate;
    if (!birth) return;
    const age = ageOn(birth, today);
    // Age alone does not answer "without a guardian, or will work": ask, and never let it decide alone.
    if (age >= 0 && age < 18) {
      out.push({
        indicatorId,
        answer: 'unknown',
        reason: 'checklist.prefill.minor',
        params: { age },
        basis: 'profile',
      });
    }
  },
  destinationRisk({ capture, catalogue, indicatorId, out }) {
    const destination = capture.flight?.finalDestination;
    const country = destination ? countryOfDestination(destination) : null;
    if (!country) return;
    const params = { country, destination: destination ?? '' };
    if (catalogue.lists.highRiskDestinations.includes(country)) {
      out.push({
        indicatorId,
        answer: 'yes',
        reason: 'checklist.prefill.highRiskDestination',
        params,
        basis: 'document',
      });
    } else if (catalogue.lists.moratoriumCountries.includes(country)) {
      // The moratorium covers domestic work only: the officer asks what the passenger will do there.
      out.push({
        indicatorId,
        answer: 'unknown',
        reason: 'checklist.prefill.moratoriumDestination',
        params,
        basis: 'document',
      });
    }
  },
  nameMismatch({ capture, indicatorId, out }) {
    const p = capture.passenger;
    if (!p || !capture.boardingPassName) return;
    if (boardingPassNameFits(capture.boardingPassName, p.firstName, p.lastName)) return;
    const params = { boardingPass: capture.boardingPassName, passport: `${p.lastName}/${p.firstName}` };
    out.push({
      indicatorId,
      answer: 'unknown',
      reason: 'checklist.prefill.nameMismatch',
      params,
      basis: 'document',
    });
  },
  newPassport({ capture, today, indicatorId, out }) {
    const issued = capture.passenger?.passportIssueDate;
    if (!issued || issued > today || addMonths(issued, NEW_PASSPORT_MONTHS) <= today) return;
    // Issued recently, but whether it is the first passport only the passenger can say.
    out.push({
      indicatorId,
      answer: 'unknown',
      reason: 'checklist.prefill.newPassport',
      params: { issued },
      basis: 'document',
    });
  },
  watchlistCegah: (c) => watchlistRule(c, 'cegah'),
  watchlistPriorPmiNp: (c) => watchlistRule(c, 'prior_pmi_np'),
  watchlistRecruiter({ watchlist, linkedPersons, indicatorId, out }) {
    if (!watchlist || !linkedPersons) return;
    const best = linkedPersons
      .flatMap((person) => matchLinkedPerson(watchlist, person).map((m) => ({ m, person })))
      .sort((a, b) => b.m.confidence - a.m.confidence)[0];
    if (!best) return;
    const sure = best.m.reason !== 'name';
    out.push({
      indicatorId,
      answer: sure ? 'yes' : 'unknown',
      reason: sure ? 'checklist.prefill.recruiterContact' : 'checklist.prefill.recruiterName',
      params: { name: best.person.name, confidence: Math.round(best.m.confidence * 100) },
      basis: 'watchlist',
    });
  },
  sendingArea({ capture, catalogue, indicatorId, out }) {
    const district = capture.passenger?.homeDistrictCode;
    if (!district || !catalogue.lists.sendingAreaAlerts.includes(district)) return;
    out.push({
      indicatorId,
      answer: 'yes',
      reason: 'checklist.prefill.sendingArea',
      params: { district },
      basis: 'profile',
    });
  },
};

function watchlistRule(c: RuleContext, kind: 'cegah' | 'prior_pmi_np'): void {
  const p = c.capture.passenger;
  if (!c.watchlist || !p) return;
  const best = matchPassenger(c.watchlist, p).find((m) => m.entry.kind === kind);
  if (!best) return;
  const byPassport = best.reason === 'passportNumber';
  c.out.push({
    indicatorId: c.indicatorId,
    // A passport-number hit is a fact; a name + birth date hit is a lead the officer confirms (SIMKIM).
    answer: byPassport ? 'yes' : 'unknown',
    reason: byPassport ? 'checklist.prefill.watchlistPassport' : 'checklist.prefill.watchlistName',
    params: { confidence: Math.round(best.confidence * 100) },
    basis: 'watchlist',
  });
}

function documentWarnings(input: PrefillInput, warnings: PrefillWarning[]): void {
  const p = input.capture.passenger;
  if (p?.passportExpiry) {
    if (p.passportExpiry < input.today) {
      warnings.push({
        reason: 'checklist.prefill.warning.passportExpired',
        params: { expiry: p.passportExpiry },
      });
    } else if (p.passportExpiry < addMonths(input.today, EXPIRY_WARNING_MONTHS)) {
      warnings.push({
        reason: 'checklist.prefill.warning.passportExpiring',
        params: { expiry: p.passportExpiry, months: EXPIRY_WARNING_MONTHS },
      });
    }
  }
  if (p && input.watchlist && matchPassenger(input.watchlist, p).some((m) => m.entry.kind === 'atensi')) {
    warnings.push({ reason: 'checklist.prefill.warning.atensi', params: {} });
  }
}

/**
 * Pre-answers the indicators whose catalogue entry names a rule, from scanned facts; never throws. Only
 * indicators the catalogue marks are touched, so a newer catalogue can switch a rule off or move it.
 */
export function prefillFromCapture(input: PrefillInput): PrefillResult {
  const out: Prefill[] = [];
  const warnings: PrefillWarning[] = [];
  if (!/^\d{4}-\d{2}-\d{2}$/.test(input.today)) return { prefills: out, warnings };
  for (const indicator of input.catalogue.indicators) {
    if (indicator.prefill) RULES[indicator.prefill]({ ...input, indicatorId: indicator.id, out, warnings });
  }
  documentWarnings(input, warnings);
  return { prefills: out, warnings };
}

/** Answers and profile-based ids to start a checklist with (feed `profileBased` to scoreScreening as facts). */
export function applyPrefills(prefills: readonly Prefill[]): {
  answers: Record<string, Answer>;
  profileBased: string[];
} {
  const answers: Record<string, Answer> = {};
  const profileBased: string[] = [];
  for (const p of prefills) {
    answers[p.indicatorId] = p.answer;
    if (p.basis === 'profile') profileBased.push(p.indicatorId);
  }
  return { answers, profileBased };
}
