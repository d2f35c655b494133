/**
 * The second half of `npm run build`: the JavaScript that runs on Node outside SvelteKit, compiled
 * ahead of time so that nothing compiles TypeScript at run time. `build/node/cli.js` is the `reunir`
 * command line (bin/reunir.js), `build/node/server.js` the request handler scripts/start.js puts in
 * front of SvelteKit (src/lib/server/node-server.ts). Dependencies stay in node_modules; the sources,
 * catalogs and parameters are bundled. The document templates, their fonts and the compile worker
 * (src/lib/server/documents) are copied to build/node/documents, where the bundled engine looks for
 * them. It runs after `vite build`, which empties build/.
 */
import { cpSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

const DOCUMENTS = 'src/lib/server/documents';

const copyDocuments: Plugin = {
  name: 'reunir-copy-documents',
  writeBundle() {
    for (const part of ['templates', 'fonts', 'compile-worker.mjs'])
      if (existsSync(`${DOCUMENTS}/${part}`))
        cpSync(`${DOCUMENTS}/${part}`, `build/node/documents/${part}`, { recursive: true });
  },
};

export default defineConfig({
  plugins: [copyDocuments],
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
        // Every module in build/node itself, beside documents/ (the document engine looks there).
        chunkFileNames: '[name]-[hash].js',
      },
    },
  },
});
