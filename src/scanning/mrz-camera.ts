import { videoReady } from './camera.ts';
import { loadMrzOcr } from './mrz-ocr.ts';
import { mrzCandidate, voteMrz } from './mrz-vote.ts';

/** The MRZ band of the video, as fractions; matches the guide box drawn over the video (scan.css). */
export const MRZ_BAND = { left: 0.05, top: 0.55, width: 0.9, height: 0.3 };

/** How many recent frames are combined by the per-character vote. */
const FRAMES = 5;

/** Crops the guide band from the current frame into a grey, contrast-stretched canvas for the OCR. */
function cropBand(video: HTMLVideoElement, canvas: HTMLCanvasElement): void {
  const sx = video.videoWidth * MRZ_BAND.left;
  const sy = video.videoHeight * MRZ_BAND.top;
  const sw = video.videoWidth * MRZ_BAND.width;
  const sh = video.videoHeight * MRZ_BAND.height;
  canvas.width = Math.round(sw);
  canvas.height = Math.round(sh);
  const context = canvas.getContext('2d', { willReadFrequently: true });
  if (!context) return;
  context.drawImage(video, sx, sy, sw, sh, 0, 0, canvas.width, canvas.height);
  const image = context.getImageData(0, 0, canvas.width, canvas.height);
  const data = image.data;
  let min = 255;
  let max = 0;
  for (let i = 0; i < data.length; i += 4) {
    const grey = (data[i]! * 299 + data[i + 1]! * 587 + data[i + 2]! * 114) / 1000;
    data[i] = grey;
    if (grey < min) min = grey;
    if (grey > max) max = grey;
  }
  const scale = max > min ? 255 / (max - min) : 1;
  for (let i = 0; i < data.length; i += 4) {
    const value = (data[i]! - min) * scale;
    data[i] = data[i + 1] = data[i + 2] = value;
  }
  context.putImageData(image, 0, 0);
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
  const readings: string[][] = [];
  const loop = async (): Promise<void> => {
    while (!stopped) {
      cropBand(video, canvas);
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
