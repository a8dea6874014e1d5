import type { Locator, Page } from 'playwright-core';
import { computeCheckDigit } from '../../src/core/mrz/check-digit.ts';
import { screenshot, TABLET_LANDSCAPE, TABLET_PORTRAIT } from './browser.ts';
import { goInApp } from './session-helpers.ts';

const pad = (text: string, length: number): string => text.padEnd(length, '<').slice(0, length);

/** A TD3 passport MRZ with correct check digits. Dates as YYMMDD. */
export function td3(p: {
  last: string;
  first: string;
  number: string;
  birth: string;
  sex: 'M' | 'F';
  expiry: string;
}) {
  const line1 = pad(`P<IDN${p.last}<<${p.first.replace(/ /g, '<')}`, 44);
  const doc = pad(p.number, 9);
  const docPart = `${doc}${computeCheckDigit(doc)}`;
  const birthPart = `${p.birth}${computeCheckDigit(p.birth)}`;
  const expiryPart = `${p.expiry}${computeCheckDigit(p.expiry)}`;
  const optional = pad('', 14);
  const optionalPart = `${optional}${computeCheckDigit(optional)}`;
  const composite = computeCheckDigit(`${docPart}${birthPart}${expiryPart}${optionalPart}`);
  return [line1, `${docPart}IDN${birthPart}${p.sex}${expiryPart}${optionalPart}${composite}`] as const;
}

/** An IATA BCBP (one leg), its day of year that of the checkpoint's day (WIB, UTC+7) at the instant given. */
export function bcbp(p: {
  name: string;
  from: string;
  to: string;
  carrier: string;
  flight: string;
  date: Date;
}) {
  const wib = new Date(p.date.getTime() + 7 * 3_600_000);
  const start = Date.UTC(wib.getUTCFullYear(), 0, 0);
  const julian = String(Math.floor((wib.getTime() - start) / 86_400_000)).padStart(3, '0');
  const name = p.name.padEnd(20, ' ').slice(0, 20);
  return `M1${name}EABC123 ${p.from}${p.to}${p.carrier.padEnd(3, ' ')}${p.flight.padStart(4, '0')} ${julian}Y012A0025 100`;
}

/**
 * Types a document as a keyboard-wedge reader does: a burst of keys ending with Enter. The keys are dispatched inside
 * the page in one go, so a busy test machine cannot stretch the burst into what looks like human typing.
 */
export async function wedge(page: Page, lines: readonly string[]): Promise<void> {
  // The scan screen loads on first use; a reader's keys only count once it listens.
  await page.getByRole('heading', { level: 1, name: /^(Pindai dokumen|Scan documents)$/ }).waitFor();
  await page.evaluate(
    (keys) => {
      (document.activeElement as HTMLElement | null)?.blur();
      for (const key of keys) {
        document.body.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
      }
    },
    lines.flatMap((line) => [...line, 'Enter']),
  );
}

/** Types lines through real key events as a desk reader does, pausing `pauseMs` after each line's Enter. */
export async function readerTypes(page: Page, lines: readonly string[], pauseMs: number): Promise<void> {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  for (const line of lines) {
    await page.keyboard.type(line, { delay: 4 });
    await page.keyboard.press('Enter');
    await page.waitForTimeout(pauseMs);
  }
}

/** Counts the officer's taps while clicking. */
export class TapCounter {
  count = 0;
  async tap(locator: Locator): Promise<void> {
    this.count += 1;
    await locator.click();
  }
}

/** Screenshots a step at tablet landscape and portrait (in `dir` if given), returning to landscape. */
export async function shootBoth(page: Page, name: string, dir?: string): Promise<void> {
  await screenshot(page, `${name}-1280x800`, dir);
  await page.setViewportSize(TABLET_PORTRAIT);
  await page.waitForTimeout(150);
  await screenshot(page, `${name}-800x1280`, dir);
  await page.setViewportSize(TABLET_LANDSCAPE);
  await page.waitForTimeout(150);
}

/**
 * On the scan screen, a passport (born 1990, female) and a boarding pass to Kuala Lumpur today go in through the desk
 * readers, and "Mulai penyaringan" is tapped.
 */
export async function scanAndStart(
  page: Page,
  p: { last: string; first: string; number: string },
): Promise<void> {
  await goInApp(page, '/scan');
  await wedge(page, td3({ ...p, birth: '900101', sex: 'F', expiry: '320101' }));
  await wedge(page, [
    bcbp({
      name: `${p.last}/${p.first}`,
      from: 'PLM',
      to: 'KUL',
      carrier: 'AK',
      flight: '1347',
      date: new Date(),
    }),
  ]);
  await page.getByTestId('passport-number').waitFor();
  await page.getByTestId('boarding-flight').waitFor();
  await page.getByRole('button', { name: 'Mulai penyaringan' }).click();
}
