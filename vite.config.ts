/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';
import { VitePWA } from 'vite-plugin-pwa';

/** A module only the console's own code uses (its lazy chunks may go under pusat/). */
const isConsoleOnly = (id: string): boolean => id.includes('/src/console/');

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
        // The case console (/pusat/) is a desktop app served online by the receiver: never cached on a tablet.
        globIgnores: ['pusat/**', '**/node_modules/**'],
      },
    }),
  ],
  build: {
    target: 'es2022',
    sourcemap: false,
    rolldownOptions: {
      // Two apps: the tablet (index.html) and the central case console (pusat/index.html).
      input: { main: 'index.html', pusat: 'pusat/index.html' },
      output: {
        // Everything only the console loads lives under pusat/, so the tablet's service worker can leave it out.
        entryFileNames: (chunk) =>
          chunk.name === 'pusat' ? 'pusat/assets/[name]-[hash].js' : 'assets/[name]-[hash].js',
        chunkFileNames: (chunk) =>
          chunk.moduleIds.length > 0 && chunk.moduleIds.every(isConsoleOnly)
            ? 'pusat/assets/[name]-[hash].js'
            : 'assets/[name]-[hash].js',
        assetFileNames: (asset) =>
          asset.names.some((name) => name.startsWith('pusat'))
            ? 'pusat/assets/[name]-[hash][extname]'
            : 'assets/[name]-[hash][extname]',
      },
    },
  },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
});
