/// <reference lib="webworker" />
import { writeExport } from '../core/export/export-job.ts';
import type { ExportRequest, ExportResponse } from '../core/export/export-format.ts';

declare const self: DedicatedWorkerGlobalScope;

async function fetchBytes(url: string): Promise<Uint8Array> {
  const response = await fetch(url);
  return new Uint8Array(await response.arrayBuffer());
}

function hex(buffer: ArrayBuffer): string {
  return [...new Uint8Array(buffer)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

self.onmessage = async (event: MessageEvent<ExportRequest>) => {
  const post = (message: ExportResponse, transfer: Transferable[] = []) =>
    self.postMessage(message, transfer);
  try {
    const { job, fontUrls } = event.data;
    post({ type: 'progress', step: 'writing' });
    const bytes = await writeExport(job, async () => ({
      regular: await fetchBytes(fontUrls.regular),
      bold: await fetchBytes(fontUrls.bold),
    }));
    post({ type: 'progress', step: 'hashing' });
    const digest = await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
    post({ type: 'done', bytes, sha256: hex(digest) }, [bytes.buffer]);
  } catch (error) {
    post({ type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
};
