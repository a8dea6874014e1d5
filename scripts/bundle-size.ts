import { existsSync, readFileSync, readdirSync } from 'node:fs';
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
export const INITIAL_JS_BUDGET = 82 * 1024;

function sizeOf(dist: string, file: string): AssetSize {
  const body = readFileSync(join(dist, file));
  return { file, raw: body.length, gzip: gzipSync(body, { level: 9 }).length };
}

/** The scripts and styles an HTML page of dist/ loads at start, as paths relative to dist/. */
function referencedBy(dist: string, page: string): Set<string> {
  const html = readFileSync(join(dist, page), 'utf8');
  return new Set(
    [...html.matchAll(/(?:src|href)="\/?((?:pusat\/)?assets\/[^"]+\.(?:js|css))"/g)].map(
      (m) => m[1] as string,
    ),
  );
}

/** Splits a built dist/ into what the tablet's index.html loads at start and every other tablet script (lazy chunks,
 * workers). The case console's own files (dist/pusat/) are not the tablet's and are left out. */
export function measureBundle(dist: string): BundleReport {
  const referenced = referencedBy(dist, 'index.html');
  const all = readdirSync(join(dist, 'assets'))
    .filter((f) => /\.(js|css|mjs)$/.test(f))
    .map((f) => `assets/${f}`);
  const initial = all.filter((f) => referenced.has(f)).map((f) => sizeOf(dist, f));
  const lazy = all.filter((f) => !referenced.has(f)).map((f) => sizeOf(dist, f));
  const sum = (list: AssetSize[], ext: string): number =>
    list.filter((a) => a.file.endsWith(ext)).reduce((n, a) => n + a.gzip, 0);
  return { initial, lazy, initialJsGzip: sum(initial, '.js'), initialCssGzip: sum(initial, '.css') };
}

export type ConsoleReport = { initial: AssetSize[]; initialJsGzip: number; initialCssGzip: number };

/** What the case console's page (dist/pusat/index.html) loads at start, shared chunks included; null when absent. */
export function measureConsole(dist: string): ConsoleReport | null {
  if (!existsSync(join(dist, 'pusat', 'index.html'))) return null;
  const initial = [...referencedBy(dist, 'pusat/index.html')].sort().map((f) => sizeOf(dist, f));
  const sum = (ext: string): number =>
    initial.filter((a) => a.file.endsWith(ext)).reduce((n, a) => n + a.gzip, 0);
  return { initial, initialJsGzip: sum('.js'), initialCssGzip: sum('.css') };
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

/** Prints the console's figures (reported only: the budget is the tablet's, which loads at the gate). */
export function printConsole(report: ConsoleReport): void {
  console.log('case console (loaded by pusat/index.html, not in the tablet budget):');
  for (const a of report.initial)
    console.log(`  ${a.file.padEnd(48)} ${kb(a.raw).padStart(10)} raw ${kb(a.gzip).padStart(10)} gzip`);
  console.log(`console JS ${kb(report.initialJsGzip)} gzip, console CSS ${kb(report.initialCssGzip)} gzip`);
}

// `npx tsx scripts/bundle-size.ts [dist]`: the size gate run by `npm test`; fails when the initial JS is over budget.
if (import.meta.url === `file://${process.argv[1]}`) {
  const dist = process.argv[2] ?? 'dist';
  const report = measureBundle(dist);
  const consoleReport = measureConsole(dist);
  if (consoleReport) printConsole(consoleReport);
  printBundle(report);
  if (report.initialJsGzip > INITIAL_JS_BUDGET) {
    console.error(
      `size: initial JS ${kb(report.initialJsGzip)} gzip is over the ${kb(INITIAL_JS_BUDGET)} budget`,
    );
    process.exit(1);
  }
}
