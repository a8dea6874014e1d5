// MRZ OCR accuracy on generated passports. Three readers, on the same images in the same run:
//  - pipeline: the scan screen's reader (src/scanning/ocrb: light flattening, straightening, fixed-pitch grid,
//    OCR-B template matching per position class) over successive camera frames (src/scanning/ocrb/frames.ts:
//    the newest frame, then the last few with their scores summed), accepted at the first frame that gives a certain
//    reading (exactly one candidate passes every check digit), within 3 s of reading time;
//  - single frame: the same engine on the first frame alone, not straightened, no frames combined;
//  - Tesseract: tesseract.js's legacy engine (the English model, MRZ alphabet, single block), first frame alone
//    (the engine the scan screen used before; skip it with --no-tesseract).
// Run: npx tsx bench/mrz-ocr-accuracy.ts [count] [--no-tesseract]   (needs ImageMagick /usr/bin/convert, fonts-ocr-b)
// The images are rendered in Debian's OCR-B, the font the templates come from: real passports' printing varies more.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { computeCheckDigit } from '../src/core/mrz/check-digit.ts';
import { parseMrz } from '../src/core/mrz/parse-mrz.ts';
import { combineReadings, readMrz, textOf, type MrzReading } from '../src/scanning/ocrb/read-mrz.ts';
import type { Grey } from '../src/scanning/ocrb/ink.ts';
import { mrzFrames } from '../src/scanning/ocrb/frames.ts';
import { mrzImage, type Degrade } from '../tests/e2e/scan-fixtures.ts';

const args = process.argv.slice(2);
const COUNT = Math.max(
  Number(process.env.MIN_COUNT ?? 200),
  Number(args.find((arg) => /^\d+$/.test(arg)) ?? 200),
);
const TESSERACT = !args.includes('--no-tesseract');
const FRAMES = 6;
// The guide band the scan screen crops from a 1280×720 frame (MRZ_BAND of src/scanning/mrz-camera.ts).
const BAND = { size: '1152x216', at: '+216+34' };
const BUDGET_MS = 3000;
const today = new Date('2026-11-23T00:00:00Z');
let seed = 42;
const random = (): number => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
const pick = (chars: string, n: number): string =>
  Array.from({ length: n }, () => chars[Math.floor(random() * chars.length)]).join('');
const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const DIGITS = '0123456789';

/** A random Indonesian passport MRZ (TD3) with valid check digits. */
function passport(): string[] {
  const last = pick(LETTERS, 4 + Math.floor(random() * 6));
  const first = random() < 0.3 ? '' : pick(LETTERS, 3 + Math.floor(random() * 6));
  const line1 = `P<IDN${last}${first ? `<<${first}` : ''}`.padEnd(44, '<').slice(0, 44);
  const number = pick(LETTERS, 1) + pick(DIGITS, 7) + '<';
  const birth = `${pick('6789', 1)}${pick(DIGITS, 1)}0${pick('19', 1)}1${pick('0123456789', 1)}`;
  const expiry = `2${pick('6789', 1)}0${pick('19', 1)}2${pick('0123456789', 1)}`;
  const personal = '<'.repeat(14);
  const sex = random() < 0.5 ? 'F' : 'M';
  const cd = (text: string): string => String(computeCheckDigit(text));
  const body = `${number}${cd(number)}IDN${birth}${cd(birth)}${sex}${expiry}${cd(expiry)}${personal}<`;
  const composite = body.slice(0, 10) + body.slice(13, 20) + body.slice(21, 43);
  return [line1, body + cd(composite)];
}

/** The pixels a canvas would give: ImageMagick decodes the PNG (not timed, the camera hands over pixels). */
function greyOf(file: string): Grey {
  const [width, height] = execFileSync('/usr/bin/identify', ['-format', '%w %h', file])
    .toString()
    .split(' ')
    .map(Number);
  const data = execFileSync('/usr/bin/convert', [file, '-colorspace', 'gray', '-depth', '8', 'gray:-'], {
    maxBuffer: 64 * 1024 * 1024,
  });
  return { data: new Uint8Array(data), width: width!, height: height! };
}

// Fully correct: every check digit passes and every field equals the printed passport's.
const fieldsOf = (text: string): string | null => {
  const result = parseMrz(text, { today });
  return result.ok && result.valid ? JSON.stringify(result.fields) : null;
};
const correct = (text: string, truth: string[]): boolean => {
  const read = fieldsOf(text);
  return read !== null && read === fieldsOf(truth.join('\n'));
};

const require = createRequire(import.meta.url);
const tesseract = TESSERACT
  ? await (async () => {
      const { createWorker, OEM, PSM } = await import('tesseract.js');
      const worker = await createWorker('eng', OEM.TESSERACT_ONLY, {
        langPath: join(require.resolve('@tesseract.js-data/eng/package.json'), '..', '4.0.0'),
        cacheMethod: 'none',
        gzip: true,
        legacyCore: true,
        legacyLang: true,
      });
      await worker.setParameters({
        tessedit_char_whitelist: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789<',
        tessedit_pageseg_mode: PSM.SINGLE_BLOCK,
      });
      return worker;
    })()
  : null;

const dir = mkdtempSync(join(tmpdir(), 'saring-ocr-bench-'));
type Tally = {
  n: number;
  wrong: number;
  pipeline: number;
  single: number;
  tesseract: number;
  frames: number[];
  ms: number[];
};
const tally = (): Tally => ({ n: 0, wrong: 0, pipeline: 0, single: 0, tesseract: 0, frames: [], ms: [] });
const results = { clean: tally(), noisy: tally() };
// Not a target: the passport nearer or farther than the guide box suggests (OCR-B 16–32 pt), spoilt as the noisy set.
const EXTRA = Math.round(COUNT / 4);
const sizes = tally();
const failures: string[] = [];
for (let i = 0; i < COUNT + EXTRA; i++) {
  const truth = passport();
  const clean = i < COUNT / 4;
  const other = i >= COUNT;
  const group = other ? sizes : clean ? results.clean : results.noisy;
  const pointsize = 16 + Math.floor(random() * 17);
  // OCR-B advances about 0.73 of the point size a character; the two lines take about 2.6 point sizes of height.
  const centred = `+${Math.round((1152 - 44 * 0.73 * pointsize) / 2)}+${Math.round((216 - 2.6 * pointsize) / 2)}`;
  const band = other ? { size: BAND.size, at: centred, pointsize } : BAND;
  group.n++;
  const degrade = (): Degrade =>
    clean
      ? {}
      : {
          blur: 0.4 + random() * 0.8,
          noise: 0.3 + random() * 0.5,
          rotate: (random() * 2 - 1) * 5,
          light: random() < 0.6,
        };
  const frames = [mrzImage(dir, `s${i}f0`, truth, degrade(), band)];
  const first = greyOf(frames[0]!);

  const single = readMrz(first, { straighten: false });
  if (single && correct(textOf(single).join('\n'), truth)) group.single++;
  if (tesseract) {
    const lines = (await tesseract.recognize(frames[0]!)).data.text
      .split('\n')
      .map((line) => line.replace(/\s/g, ''))
      .filter((line) => line.length > 20);
    if (correct(lines.join('\n'), truth)) group.tesseract++;
  }

  let spent = 0;
  let accepted: string | null = null;
  const camera = mrzFrames();
  const readings: MrzReading[] = [];
  for (let f = 0; f < FRAMES && spent <= BUDGET_MS && accepted === null; f++) {
    const grey = f === 0 ? first : greyOf(mrzImage(dir, `s${i}f${f}`, truth, degrade(), band));
    const start = performance.now();
    const reading = readMrz(grey);
    const text = camera.add(reading);
    spent += performance.now() - start;
    if (reading) readings.push(reading);
    if (text !== null) {
      accepted = text;
      group.frames.push(f + 1);
    }
  }
  group.ms.push(spent);
  if (accepted !== null && spent <= BUDGET_MS && correct(accepted, truth)) group.pipeline++;
  else {
    if (accepted !== null) group.wrong++;
    const last = combineReadings(readings);
    const read = accepted?.split('\n') ?? (last ? textOf(last) : []);
    const wrong = truth.flatMap((line, row) =>
      [...line].flatMap((char, column) =>
        read[row]?.[column] === char
          ? []
          : [`${row + 1}:${column + 1} ${read[row]?.[column] ?? '∅'}≠${char}`],
      ),
    );
    failures.push(
      `${other ? 'sizes' : clean ? 'clean' : 'noisy'} #${i} ${accepted === null ? 'no valid read' : 'WRONG'} (${wrong.slice(0, 6).join(', ')})`,
    );
  }
  if ((i + 1) % 25 === 0) console.log(`${i + 1}/${COUNT + EXTRA}`);
}
await tesseract?.terminate();
rmSync(dir, { recursive: true, force: true });

const pct = (n: number, d: number): string => `${((100 * n) / d).toFixed(1)} %`;
const median = (values: number[]): number =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
const p90 = (values: number[]): number =>
  [...values].sort((a, b) => a - b)[Math.ceil(values.length * 0.9) - 1] ?? NaN;
console.log(`command: npx tsx bench/mrz-ocr-accuracy.ts ${COUNT}${TESSERACT ? '' : ' --no-tesseract'}`);
console.log(
  `images: ${COUNT} passports (clean ${results.clean.n}; noisy ${results.noisy.n}: blur σ 0.4–1.2, Gaussian noise 0.3–0.8, rotation ≤ 5°, uneven light on 60 %), 1152×216 guide band, OCR-B 22 pt`,
);
for (const [name, g] of [
  ...Object.entries(results),
  ['other sizes (16–32 pt, spoilt; not a target)', sizes] as const,
]) {
  const base = `${name}: pipeline ${pct(g.pipeline, g.n)} fully correct within 3 s (${g.pipeline}/${g.n}); single frame ${pct(g.single, g.n)}, ratio ${(g.pipeline / Math.max(1, g.single)).toFixed(2)}x`;
  const tess = tesseract
    ? `; Tesseract legacy single frame ${pct(g.tesseract, g.n)}, ratio ${(g.pipeline / Math.max(1, g.tesseract)).toFixed(2)}x`
    : '';
  console.log(base + tess);
  console.log(
    `  accepted but wrong: ${g.wrong}; reading time to a valid read: median ${median(g.ms).toFixed(0)} ms, p90 ${p90(g.ms).toFixed(0)} ms; frames used: median ${median(g.frames)}, max ${Math.max(...g.frames)}`,
  );
}
if (failures.length) console.log(`not read:\n  ${failures.join('\n  ')}`);
