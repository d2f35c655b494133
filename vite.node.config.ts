/**
 * The second half of `npm run build`: the JavaScript that runs on Node outside SvelteKit, compiled
 * ahead of time so that nothing compiles TypeScript at run time. `build/node/cli.js` is the `reunir`
 * command line (bin/reunir.js), `build/node/server.js` the request handler scripts/start.js puts in
 * front of SvelteKit (src/lib/server/node-server.ts). Dependencies stay in node_modules; the sources,
 * catalogs and parameters are bundled. The PDF fonts are copied beside the command line, where the
 * bundled font loader looks for them. It runs after `vite build`, which empties build/.
 */
import { cpSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

const FONTS = 'src/lib/server/pdf/fonts';

const copyFonts: Plugin = {
  name: 'reunir-copy-pdf-fonts',
  writeBundle() {
    if (existsSync(FONTS)) cpSync(FONTS, 'build/node/fonts', { recursive: true });
  },
};

export default defineConfig({
  plugins: [copyFonts],
  resolve: { alias: { $lib: fileURLToPath(new URL('src/lib', import.meta.url)) } },
  build: {
    ssr: true,
    target: 'node20',
    outDir: 'build/node',
    emptyOutDir: true,
    copyPublicDir: false,
    reportCompressedSize: false,
    rollupOptions: {
      input: {
        cli: 'src/cli/main.ts',
        server: 'src/lib/server/node-server.ts',
      },
      output: {
        format: 'es',
        entryFileNames: '[name].js',
        chunkFileNames: 'chunks/[name]-[hash].js',
      },
    },
  },
});
