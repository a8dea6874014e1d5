import { decodeDeskewed, zxingLuminanceDecoder, type LuminanceDecoder } from './barcode-decode.ts';
import { toLuminance, type Luminance } from './barcode-skew.ts';
import { videoReady } from './camera.ts';

/** Decodes one frame; resolves to the barcode text, or null when none was found. */
type FrameDecoder = (frame: HTMLCanvasElement) => Promise<string | null>;

type NativeDetector = { detect: (source: ImageData) => Promise<Array<{ rawValue: string }>> };
type NativeDetectorClass = {
  new (options: { formats: string[] }): NativeDetector;
  getSupportedFormats?: () => Promise<string[]>;
};

const NATIVE_FORMATS = ['pdf417', 'aztec', 'qr_code', 'data_matrix'];

/** A grey frame as the ImageData a BarcodeDetector takes. */
function greyImageData(image: Luminance): ImageData {
  const rgba = new Uint8ClampedArray(image.width * image.height * 4);
  for (let i = 0, p = 0; i < image.data.length; i++, p += 4) {
    const v = image.data[i] ?? 0;
    rgba[p] = v;
    rgba[p + 1] = v;
    rgba[p + 2] = v;
    rgba[p + 3] = 255;
  }
  return new ImageData(rgba, image.width, image.height);
}

/** The browser's own BarcodeDetector when it reads boarding-pass symbologies, else null. */
async function nativeDecoder(): Promise<LuminanceDecoder | null> {
  const Detector = (globalThis as { BarcodeDetector?: NativeDetectorClass }).BarcodeDetector;
  if (!Detector) return null;
  try {
    const supported = (await Detector.getSupportedFormats?.()) ?? NATIVE_FORMATS;
    const formats = NATIVE_FORMATS.filter((format) => supported.includes(format));
    if (!formats.includes('pdf417')) return null;
    const detector = new Detector({ formats });
    return async (image) => (await detector.detect(greyImageData(image)))[0]?.rawValue ?? null;
  } catch {
    return null;
  }
}

/** @zxing/library, loaded only now (it is ~120 KB gzip and must stay out of the first load). */
async function zxingDecoder(): Promise<LuminanceDecoder> {
  return zxingLuminanceDecoder(await import('@zxing/library'));
}

/**
 * Picks the native detector when the browser has one, else loads @zxing/library; either reads the frame as it came
 * and, when it is tilted, straightened by its measured tilt (a pass is held at any angle).
 */
export async function loadBarcodeDecoder(): Promise<FrameDecoder> {
  const decode = (await nativeDecoder()) ?? (await zxingDecoder());
  return async (frame) => {
    const context = frame.getContext('2d', { willReadFrequently: true });
    if (!context || frame.width === 0 || frame.height === 0) return null;
    const pixels = context.getImageData(0, 0, frame.width, frame.height);
    const read = await decodeDeskewed(decode, toLuminance(pixels.data, frame.width, frame.height));
    return read?.text ?? null;
  };
}

/** A running scan of the camera for barcodes. */
export type BarcodeScan = { stop: () => void };

/**
 * Decodes frames of `video` until `onText` returns true (the caller accepted the text) or `stop` is called.
 * Frames are decoded one at a time, back to back, with a short pause so the UI stays responsive.
 */
export async function scanBarcodes(
  video: HTMLVideoElement,
  onText: (text: string) => boolean,
  options: { pauseMs?: number } = {},
): Promise<BarcodeScan> {
  let stopped = false;
  const decode = await loadBarcodeDecoder();
  await videoReady(video);
  const canvas = document.createElement('canvas');
  const context = canvas.getContext('2d', { willReadFrequently: true });
  const loop = async (): Promise<void> => {
    while (!stopped && context) {
      canvas.width = video.videoWidth;
      canvas.height = video.videoHeight;
      context.drawImage(video, 0, 0);
      const text = await decode(canvas);
      if (stopped) return;
      if (text !== null && onText(text)) return;
      await new Promise((resolve) => setTimeout(resolve, options.pauseMs ?? 60));
    }
  };
  void loop();
  return {
    stop: () => {
      stopped = true;
    },
  };
}
