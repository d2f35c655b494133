// Starts reunir in production from what `npm run build` made: the SvelteKit server (web simulator and
// API, build/handler.js) behind build/node/server.js, which answers POST /api/v1/assessments directly
// on Node's HTTP server and gives the static files the headers of every other response. Only built
// JavaScript runs here. Listens on 127.0.0.1:3000 unless HOST or PORT say otherwise. The server reads
// files shipped in the repository (PDF fonts), so it runs from the repository root.
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';

process.chdir(fileURLToPath(new URL('..', import.meta.url)));
for (const file of ['build/handler.js', 'build/node/server.js']) {
  if (!existsSync(file)) {
    console.error(`reunir: ${file} is missing; run \`npm run build\` first`);
    process.exit(1);
  }
}

const host = process.env.HOST ?? '127.0.0.1';
const port = Number(process.env.PORT ?? 3000);
// Importing the handler opens the workspace's storage (src/hooks.server.ts): a server that cannot
// reach or decrypt its data stops here, with the reason on one line.
let handler;
try {
  ({ handler } = await import('../build/handler.js'));
} catch (e) {
  console.error(`reunir: cannot start: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
}
const { createRequestHandler } = await import('../build/node/server.js');

const server = createServer(createRequestHandler(handler));

// PORT=0 takes a free port: the line says which (tests read it).
server.listen({ host, port }, () =>
  console.log(`reunir listening on http://${host}:${server.address().port}`),
);

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => server.close(() => process.exit(0)));
}
