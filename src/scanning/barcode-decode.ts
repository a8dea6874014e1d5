import type * as Zxing from '@zxing/library';
import { estimateSkew, rotateLuminance, type Luminance } from './barcode-skew.ts';

/** Reads one grey frame; the barcode text, or null when none was found. */
export type LuminanceDecoder = (image: Luminance) => Promise<string | null>;

/** A read, and how far the frame was turned back to get it (0 when read as it came). */
export type DeskewedRead = { text: string; turnedBy: number };

/** Below this tilt the decoders read the frame as it is; straightening it would only cost time. */
export const MIN_SKEW_DEGREES = 2;
/** Below this agreement of directions the frame holds no dominant straight structure worth turning for. */
export const MIN_SKEW_COHERENCE = 0.1;

/**
 * Reads the frame as it came, and when nothing is found and the frame is clearly tilted, once more straightened by
 * its own measured tilt: PDF417 decoders give up a few degrees off the horizontal, and a pass is held at any angle.
 * At most two decodes a frame, so a tilted pass costs one frame more, not a search over angles.
 */
export async function decodeDeskewed(
  decode: LuminanceDecoder,
  image: Luminance,
): Promise<DeskewedRead | null> {
  const direct = await decode(image);
  if (direct !== null) return { text: direct, turnedBy: 0 };
  const skew = estimateSkew(image);
  if (Math.abs(skew.degrees) < MIN_SKEW_DEGREES || skew.coherence < MIN_SKEW_COHERENCE) return null;
  const text = await decode(rotateLuminance(image, -skew.degrees));
  return text === null ? null : { text, turnedBy: -skew.degrees };
}

/** @zxing/library's readers for the symbologies boarding passes use, over grey frames (browser and Node alike). */
export function zxingLuminanceDecoder(lib: typeof Zxing): LuminanceDecoder {
  const { BarcodeFormat, DecodeHintType } = lib;
  type Hint = (typeof DecodeHintType)[keyof typeof DecodeHintType];
  const hints = new Map<Hint, unknown>([
    [
      DecodeHintType.POSSIBLE_FORMATS,
      [BarcodeFormat.PDF_417, BarcodeFormat.AZTEC, BarcodeFormat.QR_CODE, BarcodeFormat.DATA_MATRIX],
    ],
    [DecodeHintType.TRY_HARDER, true],
  ]);
  const reader = new lib.MultiFormatReader();
  reader.setHints(hints);
  return async (image) => {
    try {
      const source = new lib.RGBLuminanceSource(image.data, image.width, image.height);
      // decodeWithState keeps the hints set once; decode() would reset them to every format.
      return reader.decodeWithState(new lib.BinaryBitmap(new lib.HybridBinarizer(source))).getText();
    } catch {
      // NotFoundException and friends: no barcode in this frame.
      return null;
    } finally {
      reader.reset();
    }
  };
}
