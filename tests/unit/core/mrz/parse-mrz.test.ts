import { describe, expect, it } from 'vitest';
import { parseMrz } from '../../../../src/core/mrz/parse-mrz.ts';
import { passportMrz, referenceCheckDigit } from './mrz-test-helpers.ts';

const today = new Date('2026-11-23T03:00:00Z');
const parse = (text: string) => parseMrz(text, { today });

const TD1 = [
  'I<UTOD231458907<<<<<<<<<<<<<<<',
  '7408122F1204159UTO<<<<<<<<<<<6',
  'ERIKSSON<<ANNA<MARIA<<<<<<<<<<',
].join('\n');
const TD2 = ['I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<', 'D231458907UTO7408122F1204159<<<<<<<6'].join('\n');
const TD3 = [
  'P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<',
  'L898902C36UTO7408122F1204159ZE184226B<<<<<10',
].join('\n');
const MRVA = [
  'V<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<',
  'L8988901C4XXX4009078F96121096ZE184226B<<<<<<',
].join('\n');
const MRVB = ['V<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<', 'L8988901C4XXX4009078F9612109<<<<<<<<'].join('\n');

describe('parseMrz on the ICAO 9303 specimens', () => {
  it('reads the TD3 passport specimen with every check digit passing', () => {
    const r = parse(TD3);
    expect(r).toEqual({
      ok: true,
      format: 'TD3',
      valid: true,
      invalidFields: [],
      corrections: [],
      notCalendarDates: [],
      fields: {
        documentCode: 'P',
        issuingState: 'UTO',
        documentNumber: 'L898902C3',
        nationality: 'UTO',
        lastName: 'ERIKSSON',
        firstName: 'ANNA MARIA',
        sex: 'female',
        birthDate: '1974-08-12',
        expirationDate: '2012-04-15',
        personalNumber: 'ZE184226B',
        optionalData: null,
        nameTruncated: false,
      },
    });
  });

  it('reads the TD1 identity-card specimen', () => {
    const r = parse(TD1);
    expect(r.ok && r.format).toBe('TD1');
    expect(r.ok && r.valid).toBe(true);
    expect(r.ok && r.fields).toMatchObject({
      documentCode: 'I',
      documentNumber: 'D23145890',
      birthDate: '1974-08-12',
      lastName: 'ERIKSSON',
      firstName: 'ANNA MARIA',
      optionalData: null,
      personalNumber: null,
    });
  });

  it('reads the TD2 specimen, whose composite covers document number, dates and optional data', () => {
    // Composite check digit worked independently of the parser.
    expect(referenceCheckDigit('D231458907' + '7408122' + '1204159<<<<<<<')).toBe('6');
    const r = parse(TD2);
    expect(r.ok && r.format).toBe('TD2');
    expect(r.ok && r.valid).toBe(true);
    expect(r.ok && r.fields.documentNumber).toBe('D23145890');
  });

  it('reads the MRV-A and MRV-B visa specimens (no composite check digit)', () => {
    for (const [text, format] of [
      [MRVA, 'MRVA'],
      [MRVB, 'MRVB'],
    ] as const) {
      const r = parse(text);
      expect(r.ok && r.format).toBe(format);
      expect(r.ok && r.valid).toBe(true);
      expect(r.ok && r.fields).toMatchObject({
        documentCode: 'V',
        documentNumber: 'L8988901C',
        nationality: 'XXX',
        birthDate: '1940-09-07',
        expirationDate: '1996-12-10',
      });
    }
    const a = parse(MRVA);
    expect(a.ok && a.fields.optionalData).toBe('6ZE184226B');
  });

  it('tolerates CRLF, surrounding spaces, a trailing newline and lower case', () => {
    const r = parse(`  ${TD3.replace('\n', '\r\n').toLowerCase()}  \r\n`);
    expect(r.ok && r.valid).toBe(true);
  });
});

describe('parseMrz document numbers longer than 9 characters', () => {
  it('continues a TD1 number into the optional data with its check digit there', () => {
    // D23145890 + 123, check digit over all 12 characters.
    expect(referenceCheckDigit('D23145890123')).toBe('3');
    const line1 = 'I<UTOD23145890<1233<<<<<<<<<<<';
    const line2head = '7408122F1204159UTO<<<<<<<<<<<';
    const composite = referenceCheckDigit(line1.slice(5) + '7408122' + '1204159' + '<<<<<<<<<<<');
    const r = parse(`${line1}\n${line2head}${composite}\nERIKSSON<<ANNA<MARIA<<<<<<<<<<`);
    expect(r.ok && r.valid).toBe(true);
    expect(r.ok && r.fields.documentNumber).toBe('D23145890123');
    expect(r.ok && r.fields.optionalData).toBeNull();
  });

  it('continues a TD2 number into the optional data and keeps the rest as optional data', () => {
    const l2 = 'X12345678<UTO7408122F1204159' + '90' + referenceCheckDigit('X1234567890') + '<AB<';
    const composite = referenceCheckDigit(l2.slice(0, 10) + l2.slice(13, 20) + l2.slice(21, 35));
    const r = parse(`I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<\n${l2}${composite}`);
    expect(r.ok && r.valid).toBe(true);
    expect(r.ok && r.fields.documentNumber).toBe('X1234567890');
    expect(r.ok && r.fields.optionalData).toBe('AB');
  });

  it('fails the document number when its check position is a filler and nothing continues it', () => {
    const r = parse(TD1.replace('D231458907', 'D23145890<'));
    expect(r.ok && r.invalidFields).toContain('documentNumber');
  });
});

describe('parseMrz names', () => {
  it('reads an Indonesian single name followed only by fillers', () => {
    const r = parse(passportMrz({ name: 'SUKARNO', number: 'C1234567', birth: '010617', expiry: '290101' }));
    expect(r.ok && r.fields.lastName).toBe('SUKARNO');
    expect(r.ok && r.fields.firstName).toBe('');
    expect(r.ok && r.valid).toBe(true);
  });

  it('reads a single name of several words (single fillers) as the last name', () => {
    const r = parse(
      passportMrz({ name: 'SITI<NUR<AMINAH', number: 'C1234567', birth: '900101', expiry: '300101' }),
    );
    expect(r.ok && r.fields.lastName).toBe('SITI NUR AMINAH');
    expect(r.ok && r.fields.firstName).toBe('');
  });

  it('flags a name that fills the whole field as possibly truncated', () => {
    const full = 'WIRAATMADJA<KUSUMANEGARA<<RADEN<AYU<SEKA';
    expect(full.length).toBe(40);
    const r = parse(
      passportMrz({ name: full.slice(0, 39), number: 'C1234567', birth: '900101', expiry: '300101' }),
    );
    expect(r.ok && r.fields.nameTruncated).toBe(true);
    expect(r.ok && r.fields.lastName).toBe('WIRAATMADJA KUSUMANEGARA');
    expect(r.ok && r.fields.firstName).toBe('RADEN AYU SEK');
  });

  it('reads a single name that fills the whole field with no separator at all', () => {
    const name = 'A'.repeat(39);
    const r = parse(passportMrz({ name, number: 'C1234567', birth: '900101', expiry: '300101' }));
    expect(r.ok && r.fields).toMatchObject({ lastName: name, firstName: '', nameTruncated: true });
  });
});

describe('parseMrz optional personal number', () => {
  it.each(['<', '0'] as const)('accepts an empty personal number whose check digit is %s', (check) => {
    const r = parse(
      passportMrz({
        name: 'BUDI',
        number: 'C1234567',
        birth: '900101',
        expiry: '300101',
        emptyPersonalCheck: check,
      }),
    );
    expect(r.ok && r.valid).toBe(true);
    expect(r.ok && r.fields.personalNumber).toBeNull();
  });

  it('checks a present personal number', () => {
    const good = passportMrz({
      name: 'BUDI',
      number: 'C1234567',
      birth: '900101',
      expiry: '300101',
      personal: '3171',
    });
    expect(parse(good).ok && (parse(good) as { valid: boolean }).valid).toBe(true);
    const wrongCheck = good.slice(0, -2) + String((Number(good.at(-2)) + 1) % 10) + good.at(-1);
    const r = parse(wrongCheck);
    expect(r.ok && r.invalidFields).toContain('personalNumber');
  });
});

describe('parseMrz dates and centuries (today 2026-11-23)', () => {
  const withDates = (birth: string, expiry: string) =>
    parse(passportMrz({ name: 'BUDI', number: 'C1234567', birth, expiry }));

  it('never puts a date of birth in the future', () => {
    const a = withDates('261123', '300101');
    const b = withDates('261124', '300101');
    expect(a.ok && a.fields.birthDate).toBe('2026-11-23');
    expect(b.ok && b.fields.birthDate).toBe('1926-11-24');
  });

  it('puts an expiry within 50 years before or 49 after today', () => {
    expect(
      (withDates('900101', '750101') as { fields: { expirationDate: string } }).fields.expirationDate,
    ).toBe('2075-01-01');
    expect(
      (withDates('900101', '770101') as { fields: { expirationDate: string } }).fields.expirationDate,
    ).toBe('1977-01-01');
  });

  it('reads 29 February only in a leap year; a date that passes its check digit but is no calendar date keeps the MRZ valid and is marked', () => {
    const leap = withDates('000229', '300101');
    expect(leap.ok && leap.fields.birthDate).toBe('2000-02-29');
    expect(leap.ok && leap.notCalendarDates).toEqual([]);
    const bad = withDates('901332', '300101');
    expect(bad.ok && bad.valid).toBe(true);
    expect(bad.ok && bad.fields.birthDate).toBeNull();
    expect(bad.ok && bad.notCalendarDates).toEqual(['birthDate']);
    const zeros = withDates('000000', '000000');
    expect(zeros.ok && zeros.valid).toBe(true);
    expect(zeros.ok && zeros.notCalendarDates).toEqual(['birthDate', 'expirationDate']);
    const common = withDates('900101', '110229');
    expect(common.ok && common.valid).toBe(true);
    expect(common.ok && common.fields.expirationDate).toBeNull();
    expect(common.ok && common.notCalendarDates).toEqual(['expirationDate']);
  });

  it('keeps a date whose check digit fails invalid, calendar date or not', () => {
    const r = parse(TD3.replace('7408122F', '7400002F'));
    expect(r.ok && r.valid).toBe(false);
    expect(r.ok && r.invalidFields).toContain('birthDate');
  });

  it('accepts a date of birth with unknown day or month as fillers, giving no date', () => {
    const r = withDates('7408<<', '300101');
    expect(r.ok && r.valid).toBe(true);
    expect(r.ok && r.fields.birthDate).toBeNull();
  });
});

describe('parseMrz check digits and errors', () => {
  it('names each failing check digit', () => {
    const r = parse(TD3.replace('7408122F', '7408123F'));
    expect(r.ok && r.valid).toBe(false);
    expect(r.ok && r.invalidFields).toEqual(['birthDate', 'composite']);
  });

  it('fails the composite alone when only the composite digit is wrong', () => {
    const r = parse(TD3.slice(0, -1) + '1');
    expect(r.ok && r.invalidFields).toEqual(['composite']);
  });

  it('reads sex M, F and unspecified', () => {
    expect((parse(TD3.replace('2F12', '2M12')) as { fields: { sex: string } }).fields.sex).toBe('male');
    expect((parse(TD3.replace('2F12', '2<12')) as { fields: { sex: string } }).fields.sex).toBe(
      'nonspecified',
    );
    expect((parse(TD3.replace('2F12', '2X12')) as { fields: { sex: string } }).fields.sex).toBe(
      'nonspecified',
    );
  });

  it.each([
    ['', 'mrz.error.empty'],
    ['   \n  ', 'mrz.error.empty'],
    ['P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<', 'mrz.error.lineCount'],
    [`${TD1}\nEXTRA<LINE<<<<<<<<<<<<<<<<<<<<`, 'mrz.error.lineCount'],
    [TD3.slice(0, -1), 'mrz.error.lineLength'],
    [
      'P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nD231458907UTO7408122F1204159<<<<<<<6',
      'mrz.error.lineLength',
    ],
    [TD3.replace('ANNA<MARIA', 'ANNA MARIA'), 'mrz.error.invalidCharacter'],
    [TD3.replace('ERIKSSON', 'ERIKSSÖN'), 'mrz.error.invalidCharacter'],
  ])('returns an error code, never throws: %j', (text, error) => {
    expect(parse(text)).toEqual({ ok: false, error });
  });

  it('returns an error for input that is not text at all', () => {
    expect(parseMrz(undefined as unknown as string)).toEqual({ ok: false, error: 'mrz.error.empty' });
  });
});
