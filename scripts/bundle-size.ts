import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export type AssetSize = { file: string; raw: number; gzip: number };
export type BundleReport = {
  initial: AssetSize[];
  lazy: AssetSize[];
  initialJsGzip: number;
  initialCssGzip: number;
};

/** Initial JS/CSS budget in bytes (gzip), from the foundation issue. */
export const INITIAL_JS_BUDGET = 80 * 1024;

function sizeOf(dist: string, file: string): AssetSize {
  const body = readFileSync(join(dist, file));
  return { file, raw: body.length, gzip: gzipSync(body, { level: 9 }).length };
}

/** Splits a built dist/ into what index.html loads at start and every other script (lazy chunks, workers). */
export function measureBundle(dist: string): BundleReport {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const referenced = new Set(
    [...html.matchAll(/(?:src|href)="\/?(assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1] as string),
  );
  const all = readdirSync(join(dist, 'assets'))
    .filter((f) => /\.(js|css|mjs)$/.test(f))
    .map((f) => `assets/${f}`);
  const initial = all.filter((f) => referenced.has(f)).map((f) => sizeOf(dist, f));
  const lazy = all.filter((f) => !referenced.has(f)).map((f) => sizeOf(dist, f));
  const sum = (list: AssetSize[], ext: string): number =>
    list.filter((a) => a.file.endsWith(ext)).reduce((n, a) => n + a.gzip, 0);
  return { initial, lazy, initialJsGzip: sum(initial, '.js'), initialCssGzip: sum(initial, '.css') };
}

const kb = (n: number): string => `${(n / 1024).toFixed(1)} KB`;

/** Prints a report as a table. */
export function printBundle(report: BundleReport): void {
  console.log('initial (loaded by index.html):');
  for (const a of report.initial)
    console.log(`  ${a.file.padEnd(48)} ${kb(a.raw).padStart(10)} raw ${kb(a.gzip).padStart(10)} gzip`);
  console.log('lazy chunks and workers:');
  for (const a of [...report.lazy].sort((x, y) => y.gzip - x.gzip))
    console.log(`  ${a.file.padEnd(48)} ${kb(a.raw).padStart(10)} raw ${kb(a.gzip).padStart(10)} gzip`);
  console.log(
    `initial JS ${kb(report.initialJsGzip)} gzip (budget ${kb(INITIAL_JS_BUDGET)}), initial CSS ${kb(report.initialCssGzip)} gzip`,
  );
}

// `npx tsx scripts/bundle-size.ts [dist]`: the size gate run by `npm test`; fails when the initial JS is over budget.
if (import.meta.url === `file://${process.argv[1]}`) {
  const report = measureBundle(process.argv[2] ?? 'dist');
  printBundle(report);
  if (report.initialJsGzip > INITIAL_JS_BUDGET) {
    console.error(
      `size: initial JS ${kb(report.initialJsGzip)} gzip is over the ${kb(INITIAL_JS_BUDGET)} budget`,
    );
    process.exit(1);
  }
}
