import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import bwipjs from 'bwip-js/node';

const CONVERT = '/usr/bin/convert';
const OCR_B = '/usr/share/fonts/opentype/ocr-b/OCRB.otf';

/** Turns one still image into a short looping .y4m video for Chromium's fake camera. */
function stillToY4m(png: string, out: string, width: number, height: number): string {
  execFileSync('ffmpeg', [
    '-loglevel',
    'error',
    '-y',
    '-loop',
    '1',
    '-i',
    png,
    '-vf',
    `scale=${width}:${height}:force_original_aspect_ratio=decrease,pad=${width}:${height}:(ow-iw)/2:(oh-ih)/2:white`,
    '-t',
    '2',
    '-r',
    '15',
    '-pix_fmt',
    'yuv420p',
    out,
  ]);
  return out;
}

/** A boarding pass barcode (PDF417 by default) filling the middle of a 1280×720 camera frame, as .y4m. */
export async function barcodeVideo(dir: string, text: string, bcid = 'pdf417'): Promise<string> {
  const png = await bwipjs.toBuffer({
    bcid,
    text,
    scale: 3,
    paddingwidth: 10,
    paddingheight: 10,
    backgroundcolor: 'FFFFFF',
  });
  const file = join(dir, `${bcid}.png`);
  writeFileSync(file, png);
  // Centre the code at a moderate size, as an officer holds the pass in front of the tablet.
  const framed = join(dir, `${bcid}-frame.png`);
  execFileSync(CONVERT, [
    file,
    '-resize',
    '700x400',
    '-gravity',
    'center',
    '-background',
    'white',
    '-extent',
    '1280x720',
    framed,
  ]);
  return stillToY4m(framed, join(dir, `${bcid}.y4m`), 1280, 720);
}

/** Ways to spoil an MRZ image like a real camera does. */
/** `seed` makes the noise the same on every run. */
export type Degrade = { blur?: number; noise?: number; rotate?: number; light?: boolean; seed?: number };

/** The MRZ lines rendered in OCR-B on a passport-coloured page, the lines inside the scan screen's guide band. */
export function mrzImage(
  dir: string,
  name: string,
  lines: readonly string[],
  degrade: Degrade = {},
  page: { size: string; at: string; pointsize?: number } = { size: '1280x720', at: '+280+430' },
): string {
  const out = join(dir, `${name}.png`);
  const args = [
    '-size',
    page.size,
    'xc:#f4f1ea',
    '(',
    '-background',
    'none',
    '-fill',
    '#111',
    '-font',
    OCR_B,
    '-pointsize',
    String(page.pointsize ?? 22),
    '-interline-spacing',
    '8',
    `label:${lines.join('\n')}`,
    ')',
    '-geometry',
    page.at,
    '-composite',
  ];
  if (degrade.rotate)
    args.push(
      '-background',
      '#f4f1ea',
      '-rotate',
      String(degrade.rotate),
      '-gravity',
      'center',
      '-extent',
      page.size,
    );
  if (degrade.light) {
    args.push('(', '-size', page.size, 'gradient:#ffffff-#8a8a8a', ')', '-compose', 'multiply', '-composite');
  }
  if (degrade.blur) args.push('-blur', `0x${degrade.blur}`);
  if (degrade.seed !== undefined) args.push('-seed', String(degrade.seed));
  if (degrade.noise) args.push('-attenuate', String(degrade.noise), '+noise', 'Gaussian');
  args.push(out);
  execFileSync(CONVERT, args);
  return out;
}

/** The MRZ image as a fake-camera video. */
export function mrzVideo(dir: string, lines: readonly string[], degrade: Degrade = {}): string {
  return stillToY4m(mrzImage(dir, 'mrz', lines, degrade), join(dir, 'mrz.y4m'), 1280, 720);
}

/** Chromium flags that show `video` as the camera and grant camera access without asking. */
export function fakeCameraArgs(video: string): string[] {
  return [
    '--use-fake-ui-for-media-stream',
    '--use-fake-device-for-media-stream',
    `--use-file-for-fake-video-capture=${video}`,
  ];
}

/** Where a real document's MRZ lies in its image (a case of ../shared/real-mrz/cases.json). */
export type RealDocument = {
  file: string;
  geometry: { cx: number; cy: number; width: number; angle: number };
};

/**
 * A real document's photograph or scan (read at test time from `root`, never copied into the repository) laid on a
 * light desk in a 1280×720 camera frame, its MRZ filling 80 % of the scan screen's guide band, as .y4m.
 */
export function realDocumentVideo(dir: string, root: string, item: RealDocument, name: string): string {
  const frame = { width: 1280, height: 720 };
  // The guide band of src/scanning/mrz-camera.ts (MRZ_BAND): left 5 %, top 55 %, 90 % wide, 30 % high.
  const centre = { x: frame.width * (0.05 + 0.45), y: frame.height * (0.55 + 0.15) };
  const scale = (0.8 * frame.width * 0.9) / item.geometry.width;
  const png = join(dir, `${name}.png`);
  execFileSync(CONVERT, [
    join(root, item.file),
    '-alpha',
    'off',
    '-background',
    '#d9d4c8',
    '-virtual-pixel',
    'background',
    '-define',
    `distort:viewport=${frame.width}x${frame.height}+0+0`,
    '-distort',
    'SRT',
    `${item.geometry.cx},${item.geometry.cy} ${scale} ${-item.geometry.angle} ${centre.x},${centre.y}`,
    '+repage',
    png,
  ]);
  return stillToY4m(png, join(dir, `${name}.y4m`), frame.width, frame.height);
}
