import { videoReady } from './camera.ts';
import { loadMrzOcr } from './mrz-ocr.ts';
import { framingHints, type CameraHint } from './ocrb/framing-hint.ts';
import { mrzFrames } from './ocrb/frames.ts';

/** The MRZ band of the video, as fractions; matches the guide box drawn over the video (scan.css). */
export const MRZ_BAND = { left: 0.05, top: 0.55, width: 0.9, height: 0.3 };

/** The guide band of the current frame at the video's own resolution, as RGBA pixels; null before a frame shows. */
function cropBand(
  video: HTMLVideoElement,
  canvas: HTMLCanvasElement,
): { rgba: Uint8ClampedArray; width: number; height: number } | null {
  const sx = Math.round(video.videoWidth * MRZ_BAND.left);
  const sy = Math.round(video.videoHeight * MRZ_BAND.top);
  const width = Math.round(video.videoWidth * MRZ_BAND.width);
  const height = Math.round(video.videoHeight * MRZ_BAND.height);
  if (width === 0 || height === 0) return null;
  if (canvas.width !== width || canvas.height !== height) {
    canvas.width = width;
    canvas.height = height;
  }
  const context = canvas.getContext('2d', { willReadFrequently: true });
  if (!context) return null;
  context.drawImage(video, sx, sy, width, height, 0, 0, width, height);
  return { rgba: context.getImageData(0, 0, width, height).data, width, height };
}

/** Resolves when the video shows its next frame, so no frame is read twice (after 200 ms if none comes). */
function nextFrame(video: HTMLVideoElement): Promise<void> {
  return new Promise((resolve) => {
    if (!('requestVideoFrameCallback' in video)) return void setTimeout(resolve, 30);
    const timer = setTimeout(resolve, 200);
    video.requestVideoFrameCallback(() => {
      clearTimeout(timer);
      resolve();
    });
  });
}

/**
 * Reads the passport MRZ from the camera: crops the guide band, reads it in a worker, and offers `onText` the text
 * of the newest frame, or of the last few combined, once it is certain (`mrzFrames`: exactly one candidate passes
 * every check digit). `onText` accepts only text whose check digits all pass. `onHint` hears what the officer
 * should change (`framingHints`), and null once nothing needs to.
 */
export async function scanMrz(
  video: HTMLVideoElement,
  onText: (text: string) => boolean,
  onFailure: () => void = () => undefined,
  onHint: (hint: CameraHint | null) => void = () => undefined,
): Promise<{ stop: () => void }> {
  let stopped = false;
  const ocr = await loadMrzOcr();
  await videoReady(video);
  const canvas = document.createElement('canvas');
  const frames = mrzFrames();
  const hints = framingHints();
  let shown: CameraHint | null = null;
  const loop = async (): Promise<void> => {
    while (!stopped) {
      const band = cropBand(video, canvas);
      const frame = band && (await ocr.read(band.rgba, band.width, band.height));
      if (stopped) return;
      const text = frames.add(frame?.reading ?? null);
      if (text !== null && onText(text)) return;
      const hint = hints.add(frame?.framing ?? 'none');
      if (hint !== shown) onHint((shown = hint));
      await nextFrame(video);
    }
  };
  // A reader that failed (its worker died) is said, so the officer turns to typing instead of waiting.
  loop().catch(() => {
    if (!stopped) onFailure();
  });
  return {
    stop: () => {
      stopped = true;
    },
  };
}
