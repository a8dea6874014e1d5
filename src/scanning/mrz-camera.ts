import { videoReady } from './camera.ts';
import { loadMrzOcr } from './mrz-ocr.ts';
import { mrzCandidate, voteMrz } from './mrz-vote.ts';
import { skewAngle } from './mrz-skew.ts';

/** The MRZ band of the video, as fractions; matches the guide box drawn over the video (scan.css). */
export const MRZ_BAND = { left: 0.05, top: 0.55, width: 0.9, height: 0.3 };

/** How many recent frames are combined by the per-character vote. */
const FRAMES = 5;

/** The OCR reads text best at about twice the size a tablet camera shows the MRZ at arm's length. */
const SCALE = 2;

/** Grey values of a canvas, and stretches its contrast to the full range in place. */
function greyAndStretch(context: CanvasRenderingContext2D, width: number, height: number): Uint8Array {
  const image = context.getImageData(0, 0, width, height);
  const data = image.data;
  const grey = new Uint8Array(width * height);
  let min = 255;
  let max = 0;
  for (let p = 0, i = 0; i < data.length; i += 4, p++) {
    const value = (data[i]! * 299 + data[i + 1]! * 587 + data[i + 2]! * 114) / 1000;
    grey[p] = value;
    if (value < min) min = value;
    if (value > max) max = value;
  }
  const scale = max > min ? 255 / (max - min) : 1;
  for (let p = 0, i = 0; i < data.length; i += 4, p++) {
    data[i] = data[i + 1] = data[i + 2] = (grey[p]! - min) * scale;
  }
  context.putImageData(image, 0, 0);
  return grey;
}

/** Crops the guide band from the current frame, straightens its lines, enlarges it and stretches its contrast. */
function cropBand(video: HTMLVideoElement, probe: HTMLCanvasElement, canvas: HTMLCanvasElement): void {
  const sx = video.videoWidth * MRZ_BAND.left;
  const sy = video.videoHeight * MRZ_BAND.top;
  const sw = video.videoWidth * MRZ_BAND.width;
  const sh = video.videoHeight * MRZ_BAND.height;
  probe.width = Math.round(sw);
  probe.height = Math.round(sh);
  const small = probe.getContext('2d', { willReadFrequently: true });
  const context = canvas.getContext('2d', { willReadFrequently: true });
  if (!small || !context) return;
  small.drawImage(video, sx, sy, sw, sh, 0, 0, probe.width, probe.height);
  const angle = skewAngle(greyAndStretch(small, probe.width, probe.height), probe.width, probe.height);
  canvas.width = Math.round(sw * SCALE);
  canvas.height = Math.round(sh * SCALE);
  context.fillStyle = '#fff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.save();
  context.translate(canvas.width / 2, canvas.height / 2);
  context.rotate((-angle * Math.PI) / 180);
  context.scale(SCALE, SCALE);
  context.drawImage(probe, -probe.width / 2, -probe.height / 2);
  context.restore();
}

/**
 * Reads the passport MRZ from the camera: crops the guide band, OCRs it, and offers `onText` first the frame's own
 * reading, then the vote of the last few frames. `onText` accepts only text whose check digits all pass.
 */
export async function scanMrz(
  video: HTMLVideoElement,
  onText: (text: string) => boolean,
): Promise<{ stop: () => void }> {
  let stopped = false;
  const ocr = await loadMrzOcr();
  await videoReady(video);
  const canvas = document.createElement('canvas');
  const probe = document.createElement('canvas');
  const readings: string[][] = [];
  const loop = async (): Promise<void> => {
    while (!stopped) {
      cropBand(video, probe, canvas);
      const candidate = mrzCandidate(await ocr.read(canvas));
      if (stopped) return;
      if (candidate) {
        if (onText(candidate.join('\n'))) return;
        readings.push(candidate);
        if (readings.length > FRAMES) readings.shift();
        const voted = voteMrz(readings);
        if (readings.length > 1 && voted && onText(voted.join('\n'))) return;
      }
      await new Promise((resolve) => setTimeout(resolve, 30));
    }
  };
  void loop();
  return {
    stop: () => {
      stopped = true;
    },
  };
}
