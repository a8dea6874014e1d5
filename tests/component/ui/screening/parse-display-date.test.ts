import { describe, expect, it } from 'vitest';
import { parseBirthDate } from '../../../../src/ui/components/screening/parse-display-date.ts';

const TODAY = '2026-11-23';

describe('a birth date typed by hand', () => {
  it('reads DD/MM/YYYY (also with dots or dashes and one-digit day or month) as an ISO date', () => {
    expect(parseBirthDate('07/03/1998', TODAY)).toEqual({ ok: true, iso: '1998-03-07' });
    expect(parseBirthDate(' 7.3.1998 ', TODAY)).toEqual({ ok: true, iso: '1998-03-07' });
    expect(parseBirthDate('29-02-2000', TODAY)).toEqual({ ok: true, iso: '2000-02-29' });
  });

  it('says which rule a bad date breaks', () => {
    expect(parseBirthDate('1998-03-07', TODAY)).toEqual({ ok: false, error: 'screening.date.format' });
    expect(parseBirthDate('31/04/1998', TODAY)).toEqual({ ok: false, error: 'screening.date.impossible' });
    expect(parseBirthDate('29/02/1999', TODAY)).toEqual({ ok: false, error: 'screening.date.impossible' });
    expect(parseBirthDate('00/01/1999', TODAY)).toEqual({ ok: false, error: 'screening.date.impossible' });
    expect(parseBirthDate('24/11/2026', TODAY)).toEqual({ ok: false, error: 'screening.date.future' });
    expect(parseBirthDate('01/01/1890', TODAY)).toEqual({ ok: false, error: 'screening.date.tooOld' });
  });
});
