/**
 * Vitest's global setup: compiles the command line and the production server's handler
 * (vite.node.config.ts, a fraction of a second) before any test, so that the tests that run
 * bin/reunir.js always run the current sources, built as `npm run build` builds them.
 */
import { execFileSync } from 'node:child_process';

export default function setup(): void {
  execFileSync(
    process.execPath,
    [
      'node_modules/vite/bin/vite.js',
      'build',
      '--config',
      'vite.node.config.ts',
      '--logLevel',
      'error',
    ],
    { stdio: 'inherit' },
  );
}
