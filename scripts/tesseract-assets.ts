import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Plugin } from 'vite';

const require = createRequire(import.meta.url);
const DIR = 'vendor/tesseract';

/**
 * The OCR files the app serves itself (never a CDN), copied from node_modules at build time so the repository holds
 * no binaries: tesseract.js's worker, the SIMD WASM core with the legacy engine (tesseract.js-core), and the English
 * model with its legacy-engine data (@tesseract.js-data/eng 4.0.0, gzip). The service worker precaches them.
 */
function assets(): Array<{ name: string; path: string }> {
  const tesseract = dirname(require.resolve('tesseract.js/package.json'));
  const core = dirname(require.resolve('tesseract.js-core/package.json'));
  const model = dirname(require.resolve('@tesseract.js-data/eng/package.json'));
  return [
    { name: 'worker.min.js', path: join(tesseract, 'dist', 'worker.min.js') },
    { name: 'tesseract-core-simd.wasm.js', path: join(core, 'tesseract-core-simd.wasm.js') },
    { name: 'eng.traineddata.gz', path: join(model, '4.0.0', 'eng.traineddata.gz') },
  ];
}

/** Vite plugin: emits the OCR files into the build and serves them in dev. */
export function tesseractAssets(): Plugin {
  return {
    name: 'saring-tesseract-assets',
    generateBundle() {
      for (const asset of assets()) {
        this.emitFile({ type: 'asset', fileName: `${DIR}/${asset.name}`, source: readFileSync(asset.path) });
      }
    },
    configureServer(server) {
      const byUrl = new Map(assets().map((asset) => [`/${DIR}/${asset.name}`, asset.path]));
      server.middlewares.use((request, response, next) => {
        const path = byUrl.get((request.url ?? '').split('?')[0] ?? '');
        if (!path) return next();
        response.setHeader(
          'Content-Type',
          path.endsWith('.js') ? 'text/javascript' : 'application/octet-stream',
        );
        response.end(readFileSync(path));
      });
    },
  };
}
