// Starts the built server (web simulator and API) on 127.0.0.1:3000 unless HOST or PORT say otherwise.
// The server reads files shipped in the repository (PDF fonts), so it runs from the repository root.
import { fileURLToPath } from 'node:url';

process.chdir(fileURLToPath(new URL('..', import.meta.url)));
process.env.HOST ??= '127.0.0.1';
process.env.PORT ??= '3000';

await import('../build/index.js');
