/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';
import { VitePWA } from 'vite-plugin-pwa';

export default defineConfig({
  plugins: [
    preact(),
    VitePWA({
      strategies: 'injectManifest',
      srcDir: 'src/sw',
      filename: 'sw.ts',
      injectRegister: false,
      // The hand-written manifest.webmanifest at the project root is linked from index.html and bundled by Vite.
      manifest: false,
      injectManifest: {
        // Everything the app may need offline, including lazy chunks, workers (the MRZ reader), languages and fonts.
        globPatterns: ['**/*.{js,css,html,png,svg,ico,json,webmanifest,wasm,mp3,wav,ttf}'],
      },
    }),
  ],
  build: {
    target: 'es2022',
    sourcemap: false,
  },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
});
