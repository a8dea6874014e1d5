// The reader's steps on real print: specimen photographs and scans of ../shared/real-mrz, read at test time (never
// copied into the repository), placed in the scan screen's guide band as an officer holds them.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MRZ_BAND } from '../../../src/scanning/mrz-camera.ts';
import { greyOfRgba, type Grey } from '../../../src/scanning/ocrb/ink.ts';
import { mrzGroup } from '../../../src/scanning/ocrb/layout.ts';
import { decideText, findMrz, locateMrz, readMrz } from '../../../src/scanning/ocrb/read-mrz.ts';

const ROOT = resolve(import.meta.dirname, '../../../../shared/real-mrz');
const BAND = { width: Math.round(1280 * MRZ_BAND.width), height: Math.round(720 * MRZ_BAND.height) };

type Case = {
  id: string;
  file: string;
  lines: string[];
  geometry: { rotate: number; cx: number; cy: number; width: number; angle: number };
};
const cases: Case[] = existsSync(join(ROOT, 'cases.json'))
  ? (JSON.parse(readFileSync(join(ROOT, 'cases.json'), 'utf8')) as { cases: Case[] }).cases
  : [];
const byId = (id: string): Case => {
  const found = cases.find((each) => each.id === id);
  if (!found) throw new Error(`no case ${id}`);
  return found;
};

/** The document on a background, its MRZ filling `fill` of the band's width, shifted `dy` of its height, blurred. */
function band(item: Case, background: string, fill: number, dy: number, tilt = 0): Grey {
  const g = item.geometry;
  const scale = (fill * BAND.width) / g.width;
  const rgba = execFileSync(
    '/usr/bin/convert',
    [
      join(ROOT, item.file),
      '-alpha',
      'off',
      '-background',
      background,
      '-virtual-pixel',
      'background',
      '-define',
      `distort:viewport=${BAND.width}x${BAND.height}+0+0`,
      '-distort',
      'SRT',
      `${g.cx},${g.cy} ${scale} ${tilt - g.angle} ${BAND.width / 2},${BAND.height / 2 + dy * BAND.height}`,
      '+repage',
      // A hand-held camera's softness.
      '-blur',
      '0x0.8',
      '-depth',
      '8',
      'rgba:-',
    ],
    { maxBuffer: 1 << 26 },
  );
  return greyOfRgba(new Uint8Array(rgba), BAND.width, BAND.height);
}

/** The lines one frame reads (near ties settled by the check digits); null when no MRZ is found. */
const read = (grey: Grey): string[] | null => {
  const reading = readMrz(grey);
  return reading && decideText(reading).lines;
};

describe("finding the MRZ among a page's text lines", () => {
  const mrz = [
    { top: 60, bottom: 82, left: 70, right: 1080 },
    { top: 112, bottom: 135, left: 70, right: 1082 },
  ];
  it('takes the lowest pair of equal MRZ-shaped lines, not a page edge or a stray mark below them', () => {
    const edge = { top: 190, bottom: 196, left: 40, right: 1120 };
    const mark = { top: 205, bottom: 212, left: 557, right: 614 };
    expect(mrzGroup([...mrz, edge, mark])).toEqual(mrz);
  });

  it('takes three lines for an ID card, and not a heading above a passport MRZ as a third', () => {
    const card = [
      { top: 24, bottom: 56, left: 175, right: 1062 },
      { top: 74, bottom: 105, left: 171, right: 1062 },
      { top: 126, bottom: 155, left: 171, right: 1062 },
    ];
    expect(mrzGroup(card)).toEqual(card);
    const heading = { top: 10, bottom: 32, left: 300, right: 700 };
    expect(mrzGroup([heading, ...mrz])).toEqual(mrz);
  });

  it('finds none in lines of unequal height or spacing', () => {
    expect(mrzGroup([mrz[0]!, { top: 100, bottom: 150, left: 70, right: 1080 }])).toBeNull();
    expect(mrzGroup([mrz[0]!, { top: 200, bottom: 223, left: 70, right: 1080 }])).toBeNull();
  });
});

describe.skipIf(cases.length === 0)('the MRZ reader on real specimen print', () => {
  it('finds the MRZ above the page edge of a passport lying on a dark cloth, not the edge itself', () => {
    const item = byId('dev-pass-gbr');
    const grey = band(item, '#1c1c1e', 0.75, 0.22);
    const layout = locateMrz(grey);
    expect(layout?.lines).toHaveLength(2);
    expect(layout?.grids.map((grid) => grid.count)).toEqual([44, 44]);
    expect(read(grey)).toEqual(item.lines);
  });

  it('reads an ID card lying on a brown desk, its three lines and not the desk below', () => {
    const item = byId('dev-id-bel');
    expect(read(band(item, '#6e5641', 0.8, 0))).toEqual(item.lines);
  });

  it('ignores the red security print under a Croatian passport MRZ', () => {
    const item = byId('dev-pass-hrv');
    expect(read(band(item, '#d9d4c8', 0.8, -0.1))).toEqual(item.lines);
  });

  it('reads a passport whose MRZ an annotation ellipse in red crosses', () => {
    const item = byId('dsd-pass-aze');
    expect(read(band(item, '#d9d4c8', 0.85, 0))).toEqual(item.lines);
  });

  it('fits the grid on the whole line, so no line is read one cell off', () => {
    const item = byId('yus-pass-can');
    const layout = locateMrz(band(item, '#6e5641', 0.88, 0.1, 3));
    const [first, second] = layout?.grids ?? [];
    // Both lines start at the same cell: their first cells lie within half a cell of each other.
    expect(Math.abs(first!.x0 - second!.x0)).toBeLessThan(first!.pitch / 2);
    expect(read(band(item, '#6e5641', 0.88, 0.1, 3))).toEqual(item.lines);
  });

  it('reads nothing from an MRZ whose last line the edge of the box cuts in half, and reads it once inside', () => {
    const item = byId('dev-pass-gbr');
    for (const tilt of [0, -2.5, 2.5]) {
      const cut = band(item, '#6e5641', 0.89, 0.32, tilt);
      expect(readMrz(cut)).toBeNull();
      expect(findMrz(cut).framing).toBe('cut');
    }
    const inside = band(item, '#6e5641', 0.89, 0.1, -2.5);
    expect(findMrz(inside).framing).toBe('found');
    expect(read(inside)).toEqual(item.lines);
  });

  it('offers nothing for a document whose printed MRZ fails a check digit', () => {
    const item = byId('dev-id-aut');
    const reading = readMrz(band(item, '#d9d4c8', 0.8, 0));
    expect(reading).not.toBeNull();
    expect(decideText(reading!).certain).toBe(false);
  });
});
