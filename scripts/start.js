// Starts reunir in production: the built SvelteKit server (web simulator and API) on 127.0.0.1:3000
// unless HOST or PORT say otherwise. POST /api/v1/assessments is answered directly on Node's HTTP
// server (src/lib/server/node-assessments.ts, compiled at start-up by tsx like the CLI); everything
// else goes to SvelteKit. The server reads files shipped in the repository (PDF fonts), so it runs
// from the repository root.
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

process.chdir(fileURLToPath(new URL('..', import.meta.url)));
register();

const host = process.env.HOST ?? '127.0.0.1';
const port = Number(process.env.PORT ?? 3000);
const { handler } = await import('../build/handler.js');
const { ASSESSMENTS_PATH, handleAssessments } =
  await import('../src/lib/server/node-assessments.ts');

const server = createServer((req, res) => {
  if (req.method === 'POST' && req.url?.split('?')[0] === ASSESSMENTS_PATH) {
    handleAssessments(req, res);
  } else {
    handler(req, res);
  }
});

server.listen({ host, port }, () => console.log(`reunir listening on http://${host}:${port}`));

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => server.close(() => process.exit(0)));
}
