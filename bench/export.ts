/**
 * Export time and memory for 5,000 flagged screenings in each format (target ≤ 2 s each).
 * Run: npm run bench:export   (npx tsx bench/export.ts)
 */
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { buildRows } from '../src/core/export/export-rows.ts';
import { writeExport } from '../src/core/export/export-job.ts';
import { EXPORT_FORMATS, type ExportJob } from '../src/core/export/export-format.ts';
import { summarise } from '../src/core/export/shift-summary.ts';
import { generateScreenings } from '../tests/fixtures/screenings.ts';
import { testLabels, testMeta } from '../tests/fixtures/export-labels.ts';
import { testDocLabels } from '../tests/fixtures/document-labels.ts';

const COUNT = 5000;
const RUNS = 3;
const fontDir = join(import.meta.dirname, '..', 'src', 'assets', 'fonts');
const fonts = {
  regular: new Uint8Array(readFileSync(join(fontDir, 'LiberationSans-Regular.ttf'))),
  bold: new Uint8Array(readFileSync(join(fontDir, 'LiberationSans-Bold.ttf'))),
};
const gc = (globalThis as { gc?: () => void }).gc;

const { screenings } = generateScreenings({ count: COUNT, seed: 42, flaggedShare: 1, hours: 8 });
const mb = (n: number) => (n / 1024 / 1024).toFixed(1);

async function measure(name: string, work: () => Promise<number> | number) {
  const times: number[] = [];
  const cpus: number[] = [];
  let bytes = 0;
  let heapPeak = 0;
  for (let i = 0; i < RUNS; i += 1) {
    gc?.();
    const before = process.memoryUsage().heapUsed;
    // Sample the heap while the writer runs (it yields inside PDF font embedding and saving).
    let peak = before;
    const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().heapUsed)), 5);
    const start = performance.now();
    const cpuStart = process.cpuUsage();
    bytes = await work();
    times.push(performance.now() - start);
    const cpu = process.cpuUsage(cpuStart);
    cpus.push((cpu.user + cpu.system) / 1000);
    clearInterval(timer);
    peak = Math.max(peak, process.memoryUsage().heapUsed);
    heapPeak = Math.max(heapPeak, peak - before);
  }
  times.sort((a, b) => a - b);
  cpus.sort((a, b) => a - b);
  const mid = Math.floor(RUNS / 2);
  return { name, median: times[mid] ?? 0, cpu: cpus[mid] ?? 0, heapPeak, bytes };
}

const baseline = await measure('baseline JSON.stringify', () => JSON.stringify(screenings).length);
const results = [];
for (const format of EXPORT_FORMATS) {
  results.push(
    await measure(format, async () => {
      const table = buildRows(screenings, { allFields: false, labels: testLabels, zone: 'WIB' });
      const job: ExportJob = {
        format,
        table,
        summary: summarise(screenings, 'WIB'),
        meta: testMeta,
        labels: testLabels,
        doc: testDocLabels,
      };
      const out = await writeExport(job, async () => fonts);
      await crypto.subtle.digest('SHA-256', out as Uint8Array<ArrayBuffer>);
      return out.byteLength;
    }),
  );
}

console.log(
  `Command: npx tsx ${gc ? '--expose-gc ' : ''}bench/export.ts  (Node ${process.version}, ${COUNT} flagged screenings, median of ${RUNS})`,
);
console.log(
  `load average (1 min): ${(os.loadavg()[0] ?? 0).toFixed(1)} on ${os.availableParallelism()} cores (wall time suffers when busy)`,
);
console.log('format     wall (ms)  cpu (ms)  wall vs baseline  heap peak Δ (MB)  file (KB)  wall ≤ 2 s');
for (const r of [baseline, ...results]) {
  const ratio = (r.median / baseline.median).toFixed(1);
  const ok = r === baseline ? '' : r.median <= 2000 ? 'yes' : 'NO';
  const cells = [
    r.name.padEnd(10),
    r.median.toFixed(0).padStart(9),
    r.cpu.toFixed(0).padStart(8),
    `${ratio}×`.padStart(16),
    mb(r.heapPeak).padStart(16),
    (r.bytes / 1024).toFixed(0).padStart(9),
    ok.padStart(10),
  ];
  console.log(cells.join('  '));
}
console.log(`max RSS of the process: ${mb(process.resourceUsage().maxRSS * 1024)} MB`);
