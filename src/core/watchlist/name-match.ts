/** Spellings of one name that Indonesian documents commonly alternate between, mapped to one form. */
const VARIANTS: Record<string, string> = {
  M: 'MUHAMAD',
  MUH: 'MUHAMAD',
  MUHD: 'MUHAMAD',
  MOH: 'MUHAMAD',
  MOCH: 'MUHAMAD',
  MOHD: 'MUHAMAD',
  MUHAMAD: 'MUHAMAD',
  MUHAMED: 'MUHAMAD',
  MOHAMAD: 'MUHAMAD',
  MOHAMED: 'MUHAMAD',
  MUKHAMAD: 'MUHAMAD',
  MOKHAMAD: 'MUHAMAD',
  NOR: 'NUR',
  NUR: 'NUR',
  NURUL: 'NURUL',
  AHMAD: 'AHMAD',
  AHMED: 'AHMAD',
  AMAD: 'AHMAD',
};

/**
 * One name part in a canonical spelling: old spellings (oe→u, dj→j, tj→c, sj→sy), ch/kh→h, ph→f, doubled letters
 * collapsed, a final y→i; then the common variants (Muhammad/Mohammad/Muhamad/M., Nur/Noor, Ahmad/Achmad).
 */
export function canonicalToken(token: string): string {
  let t = token
    .replace(/OE/g, 'U')
    .replace(/DJ/g, 'J')
    .replace(/TJ/g, 'C')
    .replace(/SJ/g, 'SY')
    .replace(/[CK]H/g, 'H')
    .replace(/PH/g, 'F')
    .replace(/(.)\1+/g, '$1');
  if (t.length > 2) t = t.replace(/Y$/, 'I');
  return VARIANTS[t] ?? t;
}

/** Name parts, upper case, without diacritics, punctuation or MRZ fillers, each in canonical spelling. */
export function nameTokens(name: string): string[] {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toUpperCase()
    .replace(/[^A-Z]+/g, ' ')
    .trim()
    .split(' ')
    .filter((part) => part !== '')
    .map(canonicalToken);
}

/** Jaro-Winkler similarity of two strings, 0 … 1. */
export function jaroWinkler(a: string, b: string): number {
  if (a === b) return 1;
  if (a.length === 0 || b.length === 0) return 0;
  const window = Math.max(0, Math.floor(Math.max(a.length, b.length) / 2) - 1);
  const aMatched = new Uint8Array(a.length);
  const bMatched = new Uint8Array(b.length);
  let matches = 0;
  for (let i = 0; i < a.length; i++) {
    const from = Math.max(0, i - window);
    const to = Math.min(b.length - 1, i + window);
    for (let j = from; j <= to; j++) {
      if (bMatched[j] || a[i] !== b[j]) continue;
      aMatched[i] = 1;
      bMatched[j] = 1;
      matches++;
      break;
    }
  }
  if (matches === 0) return 0;
  let transpositions = 0;
  let k = 0;
  for (let i = 0; i < a.length; i++) {
    if (!aMatched[i]) continue;
    while (!bMatched[k]) k++;
    if (a[i] !== b[k]) transpositions++;
    k++;
  }
  const jaro = (matches / a.length + matches / b.length + (matches - transpositions / 2) / matches) / 3;
  let prefix = 0;
  while (prefix < 4 && prefix < a.length && prefix < b.length && a[prefix] === b[prefix]) prefix++;
  return jaro + prefix * 0.1 * (1 - jaro);
}

/** Lowest similarity at which two name parts count as the same part. */
const TOKEN_THRESHOLD = 0.9;

/**
 * Similarity of two names given as canonical parts, 0 … 1, regardless of the order of the parts or of how they were
 * split (single name vs first + last, 'NURHAYATI' vs 'NUR HAYATI'). Every part of the shorter name must find a
 * matching part; parts missing from the shorter name lower the score.
 */
export function nameSimilarity(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  const used = new Set<number>();
  let total = 0;
  for (const part of short) {
    let best = 0;
    let bestAt = -1;
    long.forEach((candidate, at) => {
      if (used.has(at)) return;
      const s = jaroWinkler(part, candidate);
      if (s > best) [best, bestAt] = [s, at];
    });
    if (best < TOKEN_THRESHOLD) {
      total = 0;
      break;
    }
    used.add(bestAt);
    total += best;
  }
  const aligned = total === 0 ? 0 : (total / short.length) * (short.length / long.length) ** 0.25;
  return Math.max(aligned, wholeSimilarity(a, b));
}

/** The names compared as one string each (catches parts split differently), counted only when very close. */
function wholeSimilarity(a: readonly string[], b: readonly string[]): number {
  const concatA = a.join('');
  const concatB = b.join('');
  // Jaro-Winkler ≤ 0.6·(2 + short/long)/3 + 0.4, so a length ratio under 0.75 can never reach 0.95: skip the work.
  if (Math.min(concatA.length, concatB.length) < 0.75 * Math.max(concatA.length, concatB.length)) return 0;
  const whole = Math.max(
    jaroWinkler([...a].sort().join(''), [...b].sort().join('')),
    jaroWinkler(concatA, concatB),
  );
  return whole >= 0.95 ? whole : 0;
}
