// Parse throughput of our parseMrz against the `mrz` npm package on the same generated inputs, in the same run,
// and how often the two agree on whether an MRZ is valid.
// Run: npm run bench:mrz-parse   (npx tsx bench/mrz-parse.ts [inputs] [rounds])
import { parse as referenceParse } from 'mrz';
import { parseMrz } from '../src/core/mrz/parse-mrz.ts';
import type { MrzFormat } from '../src/core/mrz/parse-mrz.ts';
import { generateMrz, seededRandom } from '../tests/unit/core/mrz/mrz-generator.ts';

const COUNT = Number(process.argv[2] ?? 3000);
const ROUNDS = Number(process.argv[3] ?? 7);
const today = new Date('2026-11-23T03:00:00Z');
// The reference package reads TD1, TD2 and TD3 but not the MRV visa formats, so only those three are compared.
const FORMATS: MrzFormat[] = ['TD1', 'TD2', 'TD3'];
const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ<';

/** Generated MRZs: three in four untouched, one in four with one character of line 2 changed (as a misread would). */
function inputs(): string[] {
  const rand = seededRandom(9303);
  const out: string[] = [];
  for (let i = 0; i < COUNT; i++) {
    const g = generateMrz(rand, FORMATS[i % FORMATS.length] as MrzFormat);
    const lines = [...g.lines];
    if (rand() < 0.25) {
      const line = lines[1] ?? '';
      const col = Math.floor(rand() * line.length);
      const ch = ALPHABET[Math.floor(rand() * ALPHABET.length)] ?? '<';
      lines[1] = line.slice(0, col) + ch + line.slice(col + 1);
    }
    out.push(lines.join('\n'));
  }
  return out;
}

function ours(text: string): boolean {
  const r = parseMrz(text, { today });
  return r.ok && r.valid;
}

// Autocorrect on: the package then also maps letters in digit fields, the nearest match to our OCR-twin step.
function referenceResult(text: string): { valid: boolean; failed: string[] } {
  try {
    const r = referenceParse(text, { autocorrect: true });
    return { valid: r.valid, failed: r.details.filter((d) => !d.valid).map((d) => d.field ?? '?') };
  } catch {
    return { valid: false, failed: ['unsupported'] };
  }
}

const reference = (text: string): boolean => referenceResult(text).valid;

function opsPerSecond(fn: (t: string) => boolean, data: string[]): number {
  let sink = 0;
  const start = performance.now();
  for (const text of data) if (fn(text)) sink++;
  const ms = performance.now() - start;
  if (sink < 0) console.log(sink);
  return (data.length / ms) * 1000;
}

const median = (v: number[]): number => {
  const s = [...v].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] ?? 0) : ((s[m - 1] ?? 0) + (s[m] ?? 0)) / 2;
};

const data = inputs();
// Warm both up so that the JIT has compiled each before timing.
opsPerSecond(ours, data);
opsPerSecond(reference, data);
const oursRuns: number[] = [];
const refRuns: number[] = [];
for (let round = 0; round < ROUNDS; round++) {
  // Alternate the order each round so neither always runs on a warmer or cooler machine.
  if (round % 2 === 0) {
    oursRuns.push(opsPerSecond(ours, data));
    refRuns.push(opsPerSecond(reference, data));
  } else {
    refRuns.push(opsPerSecond(reference, data));
    oursRuns.push(opsPerSecond(ours, data));
  }
}

let agree = 0;
let oursOnly = 0;
let refOnly = 0;
let validCount = 0;
// Why the two disagree, by the fields the reference rejected (it also judges sex letters and state codes, which
// parseMrz leaves to mrzFacts, since no check digit protects them).
const why = new Map<string, number>();
for (const text of data) {
  const a = ours(text);
  const b = referenceResult(text);
  if (a) validCount++;
  if (a === b.valid) agree++;
  else {
    if (a) oursOnly++;
    else refOnly++;
    const key = `${a ? 'parseMrz valid' : 'mrz valid'}: ${b.failed.join('+') || '-'}`;
    why.set(key, (why.get(key) ?? 0) + 1);
  }
}

const o = median(oursRuns);
const r = median(refRuns);
console.log(`command: npx tsx bench/mrz-parse.ts ${COUNT} ${ROUNDS}  (node ${process.version})`);
console.log(`inputs: ${data.length} generated TD1/TD2/TD3 MRZs, ${validCount} valid by parseMrz`);
console.log(`parseMrz        ${Math.round(o).toLocaleString('en')} ops/s (median of ${ROUNDS} rounds)`);
console.log(`mrz (npm) parse ${Math.round(r).toLocaleString('en')} ops/s (median of ${ROUNDS} rounds)`);
console.log(`ratio parseMrz / mrz: ${(o / r).toFixed(2)}x`);
console.log(
  `validity agreement: ${agree}/${data.length} (valid only for parseMrz: ${oursOnly}, valid only for mrz: ${refOnly})`,
);
for (const [key, n] of [...why].sort((x, y) => y[1] - x[1])) console.log(`  ${n} × ${key}`);
