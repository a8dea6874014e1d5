// Boarding-pass barcodes held at an angle: reads by symbology, tilt (0–30°, both ways), surface (paper, phone screen)
// and module size, through the app's decode path (src/scanning/barcode-decode.ts: the frame as it came, then once
// straightened by its measured tilt) against the untouched @zxing/library decoder on the same frames, in one run.
// Frames: 640×480 grey, the symbol drawn by bwip-js at 2 or 3 px a module on a card or a screen, turned, blurred,
// grained (bench/barcode-scene.ts). Run: npm run bench:barcode-tilt
import * as zxingNamespace from '@zxing/library';
import { decodeDeskewed, zxingLuminanceDecoder } from '../src/scanning/barcode-decode.ts';
import { renderSymbol, scene, type Surface, type Symbology } from '../tests/fixtures/barcode-scene.ts';

// Node loads the library's CommonJS build: its exports sit under `default`.
const lib = ('default' in zxingNamespace ? zxingNamespace.default : zxingNamespace) as typeof zxingNamespace;
const TEXT = 'M1ERIKSSON/ANNA MARIA EABC123 CGKSINSQ 0957 327Y012A0025 100';
const ANGLES = [0, 2, 4, 6, 10, 15, 20, 25, 30, -10, -20, -30];
const SYMBOLOGIES: Symbology[] = ['pdf417', 'azteccode', 'qrcode'];
const SURFACES: Surface[] = ['paper', 'screen'];
const MODULES = [2, 3];

// The library logs every failed reader attempt; a bench prints only its figures.
console.error = () => undefined;
console.warn = () => undefined;
console.trace = () => undefined;
const decode = zxingLuminanceDecoder(lib);

type Tally = { untouched: number; app: number; frames: number; appMs: number[]; untouchedMs: number[] };
const rows: string[] = [];
const totals = new Map<string, Tally>();
for (const module of MODULES)
  for (const symbology of SYMBOLOGIES) {
    const symbol = renderSymbol(symbology, TEXT, module);
    for (const surface of SURFACES) {
      const key = `${symbology} ${surface} ${module}px`;
      const tally: Tally = { untouched: 0, app: 0, frames: 0, appMs: [], untouchedMs: [] };
      const marks: string[] = [];
      for (const [i, degrees] of ANGLES.entries()) {
        const frame = scene(symbol, degrees, surface, 1000 * module + 10 * i + (surface === 'paper' ? 1 : 2));
        let started = performance.now();
        const plain = (await decode(frame)) === TEXT;
        tally.untouchedMs.push(performance.now() - started);
        started = performance.now();
        const read = (await decodeDeskewed(decode, frame))?.text === TEXT;
        tally.appMs.push(performance.now() - started);
        tally.frames += 1;
        tally.untouched += plain ? 1 : 0;
        tally.app += read ? 1 : 0;
        marks.push(`${degrees}°${plain ? '✓' : '·'}${read ? '✓' : '·'}`);
      }
      totals.set(key, tally);
      rows.push(`${key.padEnd(22)} ${marks.join(' ')}`);
    }
  }

const median = (values: number[]): number =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
const max = (values: number[]): number => Math.max(...values);
console.log('command: npm run bench:barcode-tilt');
console.log(`each angle: untouched decoder ✓/·, then the app's path ✓/·; text ${TEXT.length} characters`);
for (const row of rows) console.log(row);
console.log(
  '\nread / frames (untouched → app), app time per frame median / max, ratio app/untouched median time',
);
for (const [key, t] of totals)
  console.log(
    `${key.padEnd(22)} ${t.untouched}/${t.frames} → ${t.app}/${t.frames}   ` +
      `${median(t.appMs).toFixed(0)} / ${max(t.appMs).toFixed(0)} ms   ×${(median(t.appMs) / median(t.untouchedMs)).toFixed(2)}`,
  );
