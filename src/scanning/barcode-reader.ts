import { videoReady } from './camera.ts';

/** Decodes one frame; resolves to the barcode text, or null when none was found. */
type FrameDecoder = (frame: HTMLCanvasElement) => Promise<string | null>;

type NativeDetector = { detect: (source: CanvasImageSource) => Promise<Array<{ rawValue: string }>> };
type NativeDetectorClass = {
  new (options: { formats: string[] }): NativeDetector;
  getSupportedFormats?: () => Promise<string[]>;
};

const NATIVE_FORMATS = ['pdf417', 'aztec', 'qr_code', 'data_matrix'];

/** The browser's own BarcodeDetector when it reads boarding-pass symbologies, else null. */
async function nativeDecoder(): Promise<FrameDecoder | null> {
  const Detector = (globalThis as { BarcodeDetector?: NativeDetectorClass }).BarcodeDetector;
  if (!Detector) return null;
  try {
    const supported = (await Detector.getSupportedFormats?.()) ?? NATIVE_FORMATS;
    const formats = NATIVE_FORMATS.filter((format) => supported.includes(format));
    if (!formats.includes('pdf417')) return null;
    const detector = new Detector({ formats });
    return async (frame) => (await detector.detect(frame))[0]?.rawValue ?? null;
  } catch {
    return null;
  }
}

/** @zxing/browser, loaded only now (it is ~120 KB gzip and must stay out of the first load). */
async function zxingDecoder(): Promise<FrameDecoder> {
  const [{ BrowserMultiFormatReader }, { BarcodeFormat, DecodeHintType }] = await Promise.all([
    import('@zxing/browser'),
    import('@zxing/library'),
  ]);
  type DecodeHintType = (typeof DecodeHintType)[keyof typeof DecodeHintType];
  const hints = new Map<DecodeHintType, unknown>([
    [
      DecodeHintType.POSSIBLE_FORMATS,
      [BarcodeFormat.PDF_417, BarcodeFormat.AZTEC, BarcodeFormat.QR_CODE, BarcodeFormat.DATA_MATRIX],
    ],
    [DecodeHintType.TRY_HARDER, true],
  ]);
  const reader = new BrowserMultiFormatReader(hints);
  return async (frame) => {
    try {
      return reader.decodeFromCanvas(frame).getText();
    } catch {
      // NotFoundException and friends: no barcode in this frame.
      return null;
    }
  };
}

/** Picks the native detector when the browser has one, else loads @zxing/browser. */
export async function loadBarcodeDecoder(): Promise<FrameDecoder> {
  return (await nativeDecoder()) ?? (await zxingDecoder());
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
