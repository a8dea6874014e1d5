// Titles airlines append to the given name in the 20-character BCBP name field.
const TITLES = ['MSTR', 'MISS', 'MRS', 'MR', 'MS', 'MX', 'DR', 'PROF', 'CHD', 'INF'];
// What airlines write as the given name of a passenger who has only one name.
const NO_GIVEN_NAME = ['FNU', 'LNU', 'UNKNOWN', 'NFN', 'XX'];
const BCBP_NAME_LENGTH = 20;

const compact = (s: string): string => s.toUpperCase().replace(/[^A-Z]/g, '');
const words = (s: string): string[] =>
  s
    .toUpperCase()
    .replace(/[^A-Z ]/g, ' ')
    .split(' ')
    .filter((w) => w.length > 0);

/** Given-name spellings the boarding pass may carry for the same person, titles removed. */
function givenVariants(bcbpFirst: string): string[] {
  const tokens = words(bcbpFirst);
  const out = new Set<string>([tokens.join('')]);
  const last = tokens[tokens.length - 1];
  if (last !== undefined && TITLES.includes(last)) out.add(tokens.slice(0, -1).join(''));
  const joined = tokens.join('');
  for (const title of TITLES) if (joined.endsWith(title)) out.add(joined.slice(0, -title.length));
  return [...out];
}

/**
 * Whether the boarding-pass name ('LAST/FIRST MR', at most 20 characters) names the passport holder. Tolerates
 * spaces and punctuation, a title glued to or after the given name, only the first given names, a name cut at 20
 * characters, and a single-name holder written as NAME/NAME, NAME/FNU or NAME alone.
 */
export function namesMatch(mrzLast: string, mrzFirst: string, bcbpName: string): boolean {
  const trimmed = bcbpName.trim().toUpperCase();
  const slash = trimmed.indexOf('/');
  const bLast = compact(slash < 0 ? trimmed : trimmed.slice(0, slash));
  const bFirst = slash < 0 ? '' : trimmed.slice(slash + 1);
  const mLast = compact(mrzLast);
  const mWords = words(mrzFirst);
  if (mLast.length === 0 || bLast.length === 0) return false;
  const cut = trimmed.length >= BCBP_NAME_LENGTH - 1;

  if (bLast !== mLast) {
    // Cut inside the last name: everything printed must be the start of it.
    return cut && slash < 0 && mLast.startsWith(bLast);
  }
  const variants = givenVariants(bFirst);
  if (mWords.length === 0) {
    return variants.some((v) => v === '' || v === mLast || NO_GIVEN_NAME.includes(v));
  }
  const prefixes = mWords.map((_, i) => mWords.slice(0, i + 1).join(''));
  return variants.some(
    (v) =>
      prefixes.includes(v) || (cut && v.length > 0 && prefixes[prefixes.length - 1]?.startsWith(v) === true),
  );
}
