import { isMessageKey, t, type Lang } from '../../../i18n/i18n.ts';
import { CATALOGUE_V1 } from '../../../core/checklist/builtin-catalogue.ts';
import type { Catalogue } from '../../../core/checklist/catalogue-schema.ts';
import { scoreScreening, type ScoreResult } from '../../../core/checklist/score.ts';
import type { Answer, LinkedPerson, Screening } from '../../../core/screening/screening-schema.ts';
import type { Capture } from '../../../core/capture/capture.ts';
import { prefillFromCapture, type Prefill, type PrefillResult } from '../../../core/checklist/prefill.ts';
import type { WatchlistIndex } from '../../../core/watchlist/match-watchlist.ts';
import type { ReasonLine } from './ScorePanel.tsx';

/** The catalogue new screenings are answered against. */
export function currentCatalogue(): Catalogue {
  return CATALOGUE_V1;
}

/** Scores the answers of the open screening. */
export function rescore(
  catalogue: Catalogue,
  answers: Readonly<Record<string, Answer>>,
  profileBased: readonly string[],
): ScoreResult {
  return scoreScreening(catalogue, answers, { profileBased });
}

/** A reason code from core in words, or the code itself if this build has no text for it. */
export function words(code: string, params?: Record<string, string | number>): string {
  if (!isMessageKey(code)) return code;
  if (params) return t(code, params);
  // A resumed draft keeps only the reason's key; say it without the details rather than show "{placeholders}".
  return t(code)
    .replace(/\s*\(\{\w+\}%?\)/g, '')
    .replace(/\s*\{\w+\}/g, '');
}

/** The score's reasons in words, each with the questions it rests on. */
export function reasonLines(result: ScoreResult, catalogue: Catalogue, lang: Lang): ReasonLine[] {
  return result.reasons.map((reason) => ({
    text: words(reason.code, reason.params),
    indicatorIds: reason.indicatorIds,
    details: reason.indicatorIds
      .map((id) => catalogue.indicators.find((i) => i.id === id)?.question[lang])
      .filter((q): q is string => q !== undefined),
  }));
}

/** The facts a screening holds, in the shape the pre-answer rules read (the capture itself when there was one). */
function factsOf(screening: Screening, capture: Capture | null): Capture {
  return {
    passenger: screening.passenger,
    passportSource: capture?.passportSource ?? 'manual',
    passportVerified: capture?.passportVerified ?? false,
    flight: screening.flight,
    boardingPassName: capture?.boardingPassName ?? null,
    warnings: [],
  };
}

/** Pre-answers and warnings from the screening's current passenger and flight (and linked persons). */
export function prefillsOf(
  screening: Screening,
  capture: Capture | null,
  catalogue: Catalogue,
  today: string,
  linkedPersons: readonly LinkedPerson[],
  watchlist: WatchlistIndex | null = null,
): PrefillResult {
  return prefillFromCapture({
    capture: factsOf(screening, capture),
    today,
    catalogue,
    linkedPersons,
    watchlist: watchlist ?? undefined,
  });
}

/** Applies pre-answers to the questions nobody has answered yet, recording why each was pre-answered. */
export function withPrefills(screening: Screening, prefills: readonly Prefill[]): Screening {
  const fresh = prefills.filter((p) => screening.answers[p.indicatorId] === undefined);
  if (fresh.length === 0) return screening;
  const answers = { ...screening.answers };
  const prefilled = { ...screening.prefilled };
  for (const p of fresh) {
    answers[p.indicatorId] = p.answer;
    prefilled[p.indicatorId] = p.reason;
  }
  return { ...screening, answers, prefilled };
}
