/**
 * Matching keys of a linked person's identifying details. Each returns null when the value is too short to tell two
 * people apart, so a blank or a stray digit never joins anyone.
 */

/** A phone number as one key whatever the officer typed: `+62 812-3456`, `0062812…`, `62812…` and `0812…` agree. */
export function phoneKey(raw: string | undefined): string | null {
  if (!raw) return null;
  const trimmed = raw.trim();
  let digits = trimmed.replace(/\D+/g, '');
  const international = trimmed.startsWith('+') || digits.startsWith('00');
  if (digits.startsWith('00')) digits = digits.slice(2);
  if (digits.startsWith('62') && (international || digits.length >= 10)) digits = `0${digits.slice(2)}`;
  else if (international) digits = `+${digits}`;
  else if (digits.startsWith('8') && digits.length >= 9 && digits.length <= 12) digits = `0${digits}`;
  return digits.replace(/^\+/, '').length >= 7 ? digits : null;
}

/** An identity number (KTP NIK, passport): letters and digits only, upper case. */
export function idNumberKey(raw: string | undefined): string | null {
  if (!raw) return null;
  const key = raw.toUpperCase().replace(/[^A-Z0-9]+/g, '');
  return key.length >= 5 ? key : null;
}

/** A social-media handle without case, at-sign, profile address or trailing slash. */
export function socialHandleKey(raw: string | undefined): string | null {
  if (!raw) return null;
  const key = raw
    .trim()
    .toLowerCase()
    .replace(/^https?:\/\//, '')
    .replace(/^(www\.|m\.)/, '')
    .replace(/^(instagram\.com|facebook\.com|fb\.com|tiktok\.com|twitter\.com|x\.com|t\.me|wa\.me)\/+/, '')
    .replace(/^@+/, '')
    .replace(/[/?#].*$/, '')
    .replace(/\s+/g, '');
  return key.length >= 2 ? key : null;
}

/** Lower-case ASCII letters and spaces, accents taken off. */
function plainLetters(raw: string): string {
  // Most names are plain ASCII: decomposing them is the slow part and changes nothing.
  const folded = /^[\x20-\x7e]*$/.test(raw) ? raw : raw.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
  return folded.toLowerCase().replace(/[^a-z\s]+/g, ' ');
}

const COMPANY_FORMS = new Set(['pt', 'cv', 'ud', 'tbk', 'persero', 'koperasi', 'yayasan', 'lpk', 'p3mi']);

/** A company name without its legal form or punctuation: `PT. Maju Jaya` and `maju jaya, pt` agree. */
export function companyKey(raw: string | undefined): string | null {
  if (!raw) return null;
  const key = plainLetters(raw.replace(/[0-9]/g, (d) => ` ${d} `))
    .split(/\s+/)
    .filter((w) => w !== '' && !COMPANY_FORMS.has(w))
    .join(' ');
  return key.length >= 3 ? key : null;
}

const HONORIFICS = new Set([
  'h',
  'hj',
  'haji',
  'hajjah',
  'bapak',
  'pak',
  'bp',
  'ibu',
  'bu',
  'mas',
  'mbak',
  'mba',
  'bang',
  'kak',
  'ustadz',
  'ustad',
  'dr',
  'drs',
  'ir',
  'sh',
  'se',
  'st',
  'binti',
  'bin',
]);
const MUHAMMAD = new Set([
  'm',
  'muh',
  'moh',
  'moch',
  'mochammad',
  'mohammad',
  'mohamad',
  'muhamad',
  'muhammad',
]);

// Names share few words: each word's spelling is worked out once (the cache is emptied when it grows large).
const spelled = new Map<string, string>();

/** One name word in one spelling: old Indonesian spelling (dj, tj, oe, j for y), ch/kh, ph, doubled letters. */
function spellWord(word: string): string {
  let out = spelled.get(word);
  if (out === undefined) {
    if (spelled.size > 200_000) spelled.clear();
    out = respell(word);
    spelled.set(word, out);
  }
  return out;
}

function respell(word: string): string {
  if (MUHAMMAD.has(word)) return 'muhamad';
  return word
    .replace(/dj/g, 'j')
    .replace(/tj/g, 'c')
    .replace(/sj/g, 'sy')
    .replace(/nj/g, 'ny')
    .replace(/oe/g, 'u')
    .replace(/j/g, 'y')
    .replace(/[ck]h/g, 'h')
    .replace(/ph/g, 'f')
    .replace(/v/g, 'f')
    .replace(/q/g, 'k')
    .replace(/([td])h/g, '$1')
    .replace(/(.)\1+/g, '$1');
}

/**
 * A name as a spelling-tolerant key: honorifics dropped, each word in one spelling, words in alphabetical order (so
 * "Susilo, Djoko" and "Joko Susilo" agree). Null for a one-word name or a short one: too common to join on.
 */
export function nameKey(raw: string | undefined): string | null {
  if (!raw) return null;
  const words = plainLetters(raw)
    .split(/\s+/)
    .filter((w) => w !== '' && !HONORIFICS.has(w))
    .map(spellWord)
    .filter((w) => w !== '')
    .sort();
  const key = words.join(' ');
  return words.length >= 2 && key.replace(/ /g, '').length >= 6 ? key : null;
}

/** Whether two strings are at most one edit (insert, delete, substitute) apart. */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  let i = 0;
  while (i < short.length && short[i] === long[i]) i += 1;
  if (short.length === long.length) return short.slice(i + 1) === long.slice(i + 1);
  return short.slice(i) === long.slice(i + 1);
}

/** The key with each one letter left out: two keys one edit apart share one of these (or a key itself). */
export function oneDeletions(key: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < key.length; i += 1) out.push(key.slice(0, i) + key.slice(i + 1));
  return out;
}
