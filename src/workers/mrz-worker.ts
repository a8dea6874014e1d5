/// <reference lib="webworker" />
import { greyOfRgba } from '../scanning/ocrb/ink.ts';
import { readMrzFrame, type MrzFraming, type MrzReading } from '../scanning/ocrb/read-mrz.ts';
import type { MrzRequest, MrzResponse } from '../scanning/mrz-message.ts';

declare const self: DedicatedWorkerGlobalScope;

const post = (message: MrzResponse): void => self.postMessage(message);

self.onmessage = (event: MessageEvent<MrzRequest>) => {
  const { id, rgba, width, height } = event.data;
  let reading: MrzReading | null = null;
  let framing: MrzFraming = 'none';
  try {
    ({ reading, framing } = readMrzFrame(greyOfRgba(rgba, width, height)));
  } catch {
    // A frame the reader cannot make sense of is simply not read; the next frame is tried.
  }
  post({ type: 'reading', id, reading, framing });
};

post({ type: 'ready' });
