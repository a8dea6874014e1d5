import { isMessageKey, t, type Lang } from '../../../i18n/i18n.ts';
import { CATALOGUE_V1 } from '../../../core/checklist/builtin-catalogue.ts';
import type { Catalogue } from '../../../core/checklist/catalogue-schema.ts';
import { scoreScreening, type ScoreResult } from '../../../core/checklist/score.ts';
import type { Answer } from '../../../core/screening/screening-schema.ts';
import type { ReasonLine } from './ScorePanel.tsx';

/** The catalogue new screenings are answered against. */
export function currentCatalogue(): Catalogue {
  return CATALOGUE_V1;
}

/** The catalogue a stored screening was answered against (kept readable after the catalogue changes). */
export function catalogueFor(version: number): Catalogue {
  return version === CATALOGUE_V1.version ? CATALOGUE_V1 : currentCatalogue();
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
  return isMessageKey(code) ? t(code, params) : code;
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
