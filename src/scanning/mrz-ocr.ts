import { createWorker, OEM, PSM, type Worker } from 'tesseract.js';

/** Where the OCR engine, its WASM core and the model are served, from the app's own origin (see vite.config.ts). */
export const OCR_ASSET_DIR = 'vendor/tesseract';

/** A loaded OCR engine tuned for MRZ text. */
export type MrzOcr = { read: (image: HTMLCanvasElement) => Promise<string>; close: () => Promise<void> };

let loading: Promise<MrzOcr> | null = null;

/** Starts (once) Tesseract's legacy engine in a Web Worker, fully offline, restricted to the MRZ alphabet. */
export function loadMrzOcr(base = import.meta.env.BASE_URL): Promise<MrzOcr> {
  loading ??= (async () => {
    const root = new URL(`${base}${OCR_ASSET_DIR}/`, location.href).href;
    // The legacy engine reads the '<' fillers of OCR-B reliably, where the LSTM engine turns them into letters.
    const worker: Worker = await createWorker('eng', OEM.TESSERACT_ONLY, {
      workerPath: `${root}worker.min.js`,
      corePath: `${root}tesseract-core-simd.wasm.js`,
      langPath: root,
      workerBlobURL: false,
      cacheMethod: 'none',
      gzip: true,
      legacyCore: true,
      legacyLang: true,
    });
    await worker.setParameters({
      tessedit_char_whitelist: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789<',
      tessedit_pageseg_mode: PSM.SINGLE_BLOCK,
    });
    return {
      read: async (image) => (await worker.recognize(image)).data.text,
      close: async () => {
        loading = null;
        await worker.terminate();
      },
    };
  })();
  loading.catch(() => {
    loading = null;
  });
  return loading;
}
