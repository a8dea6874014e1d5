import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import v1 from '../../../../src/core/checklist/catalogue-v1.json';
import { CATALOGUE_V1 } from '../../../../src/core/checklist/builtin-catalogue.ts';
import {
  acceptCatalogueUpdate,
  isRedFlag,
  parseCatalogue,
  weightOf,
} from '../../../../src/core/checklist/catalogue-schema.ts';

/** REFERENCE §3, written out independently of the JSON: id → weight ('R' = red flag). */
const EXPECTED: Record<string, number | 'R'> = {
  DOC_WORK_NO_WORKVISA: 'R',
  DOC_VISA_MISMATCH: 3,
  DOC_NO_CONTRACT: 3,
  DOC_NOT_IN_SISKOP2MI: 3,
  DOC_FORGED_OR_INCONSISTENT: 'R',
  DOC_DOCS_HELD_BY_OTHER: 'R',
  DOC_NEW_PASSPORT: 1,
  DOC_PASSPORT_FAR_ISSUED: 2,
  TRV_ONE_WAY: 2,
  TRV_NO_ACCOMMODATION: 2,
  TRV_HIGH_RISK_DEST: 3,
  TRV_INDIRECT_ROUTE: 2,
  TRV_THIRD_PARTY_BOOKING: 2,
  TRV_FUNDS_MISMATCH: 1,
  TRV_LUGGAGE_MISMATCH: 1,
  INT_PURPOSE_UNCLEAR: 2,
  INT_COACHED: 2,
  INT_STATES_WORK: 2,
  INT_SOCMED_JOB_OFFER: 3,
  INT_DEBT_OR_FEE: 3,
  INT_NO_FAMILY_CONSENT: 1,
  BEH_FEARFUL_CONTROLLED: 3,
  BEH_INJURY_OR_IMPAIRED: 'R',
  CMP_GROUP_WITH_HANDLER: 3,
  CMP_HANDLER_CONTROLS: 3,
  CMP_MINOR: 'R',
  WL_CEGAH_HIT: 'R',
  WL_PRIOR_PMI_NP: 3,
  WL_RECRUITER_MATCH: 'R',
  WL_ORIGIN_HOTSPOT: 1,
};

function clone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

describe('catalogue version 1', () => {
  it('has exactly the 30 indicators of REFERENCE §3 with their weights and red flags', () => {
    expect(CATALOGUE_V1.version).toBe(1);
    expect(CATALOGUE_V1.indicators.map((i) => i.id).sort()).toEqual(Object.keys(EXPECTED).sort());
    for (const indicator of CATALOGUE_V1.indicators) {
      const expected = EXPECTED[indicator.id];
      if (expected === 'R') expect(isRedFlag(indicator), indicator.id).toBe(true);
      else expect(weightOf(indicator), indicator.id).toBe(expected);
    }
  });

  it('asks the questions of the REFERENCE table word for word, in both languages', () => {
    const reference = join(import.meta.dirname, '../../../../../shared/domain/REFERENCE.md');
    if (!existsSync(reference)) return; // shared/ sits beside the repository on every machine that has it
    const rows = new Map<string, string[]>();
    for (const line of readFileSync(reference, 'utf8').split('\n')) {
      const cells = line.split('|').map((c) => c.trim());
      if (cells.length === 8 && /^(R|[123])$/.test(cells[5] ?? '') && cells[1]) rows.set(cells[1], cells);
    }
    expect(rows.size).toBe(30);
    for (const indicator of CATALOGUE_V1.indicators) {
      const row = rows.get(indicator.id);
      expect(row?.[2], indicator.id).toBe(indicator.category);
      expect(row?.[3], indicator.id).toBe(indicator.question.id);
      expect(row?.[4], indicator.id).toBe(indicator.question.en);
      expect(row?.[5], indicator.id).toBe(isRedFlag(indicator) ? 'R' : String(weightOf(indicator)));
    }
  });

  it('carries the 19-country moratorium list and a help text for every indicator', () => {
    expect(CATALOGUE_V1.lists.moratoriumCountries).toHaveLength(19);
    expect(CATALOGUE_V1.lists.moratoriumCountries).toEqual(
      expect.arrayContaining(['SA', 'AE', 'JO', 'PS', 'MR']),
    );
    for (const i of CATALOGUE_V1.indicators) expect(i.help.id.length * i.help.en.length).toBeGreaterThan(0);
  });
});

describe('parseCatalogue', () => {
  it('accepts the shipped file and a newer version', () => {
    const newer = { ...clone(v1), version: 2 };
    const result = parseCatalogue(newer);
    expect(result.ok && result.catalogue.version).toBe(2);
  });

  it('accepts the same catalogue as JSON text, as a file download gives it', () => {
    const result = parseCatalogue(JSON.stringify(v1));
    expect(result.ok && result.catalogue.indicators).toHaveLength(30);
  });

  it('rejects a bad file with a clear error code and the problems, without throwing', () => {
    const bad = clone(v1) as { indicators: Array<Record<string, unknown>> };
    bad.indicators[0] = { ...bad.indicators[0], weight: 5 };
    delete bad.indicators[0]?.['redFlag'];
    const result = parseCatalogue(bad);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error).toBe('catalogue.error.invalid');
      expect(result.issues.join(' ')).toContain('indicators.0');
    }
  });

  it.each([
    ['not JSON text', '{oops'],
    ['null', null],
    ['an empty object', {}],
    [
      'duplicate ids',
      (() => {
        const c = clone(v1);
        c.indicators.push(clone(c.indicators[0]!));
        return c;
      })(),
    ],
    [
      'a moratorium entry that is not a country code',
      { ...clone(v1), lists: { ...v1.lists, moratoriumCountries: ['Arab Saudi'] } },
    ],
    [
      'an empty question',
      (() => {
        const c = clone(v1);
        c.indicators[1]!.question.en = '';
        return c;
      })(),
    ],
    [
      'an unknown pre-answer rule',
      (() => {
        const c = clone(v1) as { indicators: Array<Record<string, unknown>> };
        c.indicators[2]!['prefill'] = 'guessReligion';
        return c;
      })(),
    ],
  ])('rejects %s', (_name, input) => {
    const result = parseCatalogue(input);
    expect(result).toMatchObject({ ok: false, error: 'catalogue.error.invalid' });
  });

  it('replaces the catalogue in use only with a valid, newer version', () => {
    const v2 = { ...clone(v1), version: 2 };
    expect(acceptCatalogueUpdate(CATALOGUE_V1, v2)).toMatchObject({ ok: true, catalogue: { version: 2 } });
    expect(acceptCatalogueUpdate(CATALOGUE_V1, clone(v1))).toMatchObject({
      ok: false,
      error: 'catalogue.error.notNewer',
    });
    expect(acceptCatalogueUpdate(CATALOGUE_V1, { ...v2, indicators: [] })).toMatchObject({
      ok: false,
      error: 'catalogue.error.invalid',
    });
  });

  it('leaves the catalogue in use untouched when a replacement fails', () => {
    let current = CATALOGUE_V1;
    const result = parseCatalogue({ version: 2 });
    if (result.ok) current = result.catalogue;
    expect(current).toBe(CATALOGUE_V1);
    expect(current.indicators).toHaveLength(30);
  });
});
