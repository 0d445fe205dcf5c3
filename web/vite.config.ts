import { defineConfig } from 'vite';

// Relative asset paths, so that the build works from any directory a server puts it under
// (`iot-gateway run --web web/dist`, or any static server).
export default defineConfig({
  base: './',
  build: { target: 'es2022', outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 2048 },
});
