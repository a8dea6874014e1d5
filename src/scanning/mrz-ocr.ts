import type { MrzRequest, MrzResponse } from './mrz-message.ts';
import type { MrzFraming, MrzReading } from './ocrb/read-mrz.ts';

/** The OCR-B MRZ reader running in a Web Worker. */
export type MrzOcr = {
  /** Reads the MRZ in RGBA pixels (the buffer is handed over to the worker): null when no whole MRZ is found. */
  read: (rgba: Uint8ClampedArray, width: number, height: number) => Promise<FrameReading>;
};

/** One frame's reading and how the frame shows the MRZ. */
export type FrameReading = { reading: MrzReading | null; framing: MrzFraming };

let loading: Promise<MrzOcr> | null = null;

/**
 * Starts (once) the reader's worker, a chunk of the app the service worker precaches, so it works offline;
 * resolves once it is loaded. It stays for later passports: a warm worker reads a frame two to three times faster
 * than a new one.
 */
export function loadMrzOcr(): Promise<MrzOcr> {
  loading ??= new Promise((resolve, reject) => {
    const worker = new Worker(new URL('../workers/mrz-worker.ts', import.meta.url), { type: 'module' });
    const pending = new Map<
      number,
      { resolve: (reading: FrameReading) => void; reject: (error: Error) => void }
    >();
    let next = 0;
    let closed = false;
    const close = (error = new Error('mrz reader closed')): void => {
      if (closed) return;
      closed = true;
      loading = null;
      worker.terminate();
      for (const each of pending.values()) each.reject(error);
      pending.clear();
      reject(error);
    };
    const ocr: MrzOcr = {
      read: (rgba, width, height) => {
        if (closed) return Promise.reject(new Error('mrz reader closed'));
        const id = next++;
        const request: MrzRequest = { id, rgba, width, height };
        return new Promise((resolveRead, rejectRead) => {
          pending.set(id, { resolve: resolveRead, reject: rejectRead });
          worker.postMessage(request, [rgba.buffer]);
        });
      },
    };
    worker.onmessage = (event: MessageEvent<MrzResponse>) => {
      const message = event.data;
      if (message.type === 'ready') return resolve(ocr);
      pending.get(message.id)?.resolve({ reading: message.reading, framing: message.framing });
      pending.delete(message.id);
    };
    worker.onerror = (event) => close(new Error(event.message || 'mrz worker failed'));
  });
  return loading;
}
