/**
 * An independent check-digit computation for building test MRZs (written apart from src so that the tests do not
 * merely echo the code under test): weights 7, 3, 1; digits as themselves, A–Z as 10–35, '<' as 0.
 */
export function referenceCheckDigit(text: string): string {
  const values = [...text].map((ch) =>
    ch === '<' ? 0 : /\d/.test(ch) ? Number(ch) : ch.charCodeAt(0) - 'A'.charCodeAt(0) + 10,
  );
  return String(values.reduce((sum, v, i) => sum + v * [7, 3, 1][i % 3]!, 0) % 10);
}

const fill = (text: string, width: number): string => text.padEnd(width, '<').slice(0, width);

/** A passport (TD3) MRZ with correct check digits; `personal` empty gives the '<' check digit. */
export function passportMrz(o: {
  state?: string;
  name: string;
  number: string;
  nationality?: string;
  birth: string;
  sex?: string;
  expiry: string;
  personal?: string;
  emptyPersonalCheck?: '<' | '0';
}): string {
  const personal = o.personal ?? '';
  const doc = fill(o.number, 9) + referenceCheckDigit(fill(o.number, 9));
  const pCheck = personal ? referenceCheckDigit(fill(personal, 14)) : (o.emptyPersonalCheck ?? '<');
  const head =
    doc +
    fill(o.nationality ?? 'IDN', 3) +
    o.birth +
    referenceCheckDigit(o.birth) +
    (o.sex ?? 'F') +
    o.expiry +
    referenceCheckDigit(o.expiry) +
    fill(personal, 14) +
    pCheck;
  const composite = head.slice(0, 10) + head.slice(13, 20) + head.slice(21, 43);
  return `P<${fill(o.state ?? 'IDN', 3)}${fill(o.name, 39)}\n${head}${referenceCheckDigit(composite)}`;
}

/** Replaces the character at a 0-based line and column. */
export function replaceAt(mrz: string, line: number, column: number, ch: string): string {
  const lines = mrz.split('\n');
  const l = lines[line] ?? '';
  lines[line] = l.slice(0, column) + ch + l.slice(column + 1);
  return lines.join('\n');
}
