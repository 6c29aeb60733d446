import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import react from '@vitejs/plugin-react'

export default defineConfig({
  main: {
    build: {
      // The import parser runs in worker threads: it needs its own entry.
      rollupOptions: { input: { index: resolve(__dirname, 'src/main/index.ts'), 'parse-worker': resolve(__dirname, 'src/main/services/import/parse-worker.ts') } },
    },
  },
  preload: {
    build: {
      // A sandboxed preload can require nothing but `electron`: bundle every
      // dependency (zod, the contract) into the one file.
      externalizeDeps: false,
      // A sandboxed renderer has no ESM preload loader: the preload must be CommonJS.
      rollupOptions: {
        input: { index: resolve(__dirname, 'src/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'src/renderer'),
    plugins: [react()],
    build: {
      rollupOptions: { input: { index: resolve(__dirname, 'src/renderer/index.html') } },
    },
  },
})
