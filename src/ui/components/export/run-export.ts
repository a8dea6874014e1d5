import {
  FORMAT_INFO,
  type ExportJob,
  type ExportRequest,
  type ExportResponse,
} from '../../../core/export/export-format.ts';
import regularFontUrl from '../../../assets/fonts/LiberationSans-Regular.ttf?url';
import boldFontUrl from '../../../assets/fonts/LiberationSans-Bold.ttf?url';

/** Where a running export is. */
export type ExportStep = 'writing' | 'hashing';
/** A finished export: the bytes (kept only until shared or downloaded) and their SHA-256. */
export type ExportFile = { bytes: Uint8Array; sha256: string };

async function hashHex(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** Writes the file in a Web Worker so the screen never freezes; in place only where workers are missing. */
export function runExport(job: ExportJob, onStep: (step: ExportStep) => void): Promise<ExportFile> {
  if (typeof Worker === 'undefined') return runInPlace(job, onStep);
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('../../../workers/export-worker.ts', import.meta.url), {
      type: 'module',
    });
    worker.onmessage = (event: MessageEvent<ExportResponse>) => {
      const message = event.data;
      if (message.type === 'progress') return onStep(message.step);
      worker.terminate();
      if (message.type === 'done') resolve({ bytes: message.bytes, sha256: message.sha256 });
      else reject(new Error(message.message));
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(event.message || 'worker'));
    };
    const request: ExportRequest = { job, fontUrls: { regular: regularFontUrl, bold: boldFontUrl } };
    worker.postMessage(request);
  });
}

async function runInPlace(job: ExportJob, onStep: (step: ExportStep) => void): Promise<ExportFile> {
  onStep('writing');
  // The writers (pdf-lib, fflate) load only when an export runs.
  const { writeExport } = await import('../../../core/export/export-job.ts');
  const bytes = await writeExport(job, async () => {
    const load = async (url: string) => new Uint8Array(await (await fetch(url)).arrayBuffer());
    return { regular: await load(regularFontUrl), bold: await load(boldFontUrl) };
  });
  onStep('hashing');
  return { bytes, sha256: await hashHex(bytes) };
}

/** Shares the file through the system sheet when the tablet can, else downloads it; nothing is kept in the app. */
export async function deliverFile(
  file: ExportFile,
  name: string,
  format: ExportJob['format'],
): Promise<'shared' | 'downloaded' | 'cancelled'> {
  const blob = new Blob([file.bytes as Uint8Array<ArrayBuffer>], { type: FORMAT_INFO[format].mime });
  const asFile = typeof File === 'function' ? new File([blob], name, { type: blob.type }) : null;
  if (asFile && typeof navigator.canShare === 'function' && navigator.canShare({ files: [asFile] })) {
    try {
      await navigator.share({ files: [asFile], title: name });
      return 'shared';
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') return 'cancelled';
      // Any other share failure (no target app, permission) falls back to a download.
    }
  }
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return 'downloaded';
}
