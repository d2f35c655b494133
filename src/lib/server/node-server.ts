/**
 * The production server's request handler (scripts/start.js), compiled by `npm run build` into
 * build/node/server.js: POST /api/v1/assessments is answered directly on Node's HTTP server
 * (node-assessments.ts); everything else goes to SvelteKit's adapter-node handler, which serves the
 * static files itself before the server hook runs. Those files get the headers every response carries
 * here, and their Cache-Control by path; SvelteKit's own answers get theirs from the hook (the values
 * set here are merged with, and overridden by, what SvelteKit writes).
 *
 * adapter-node takes the scheme of the address from `ORIGIN` or from the request header named by
 * `PROTOCOL_HEADER`, and assumes https when neither is set: a plain-http server (`npm start` on a
 * machine) would then refuse every form as cross-site and mark its cookies `Secure`. So when neither
 * is set, scripts/start.js names SCHEME_HEADER, which this handler writes on every request with the
 * scheme of its own connection (plain http), over whatever a client sent. Behind a TLS terminator,
 * `ORIGIN=https://…` or `PROTOCOL_HEADER=x-forwarded-proto` take over.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { ASSESSMENTS_PATH, handleAssessments } from './node-assessments';
import {
  FALLBACK_CSP,
  personalCacheControl,
  SECURITY_HEADERS,
  staticCacheControl,
} from './headers';

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

export const SCHEME_HEADER = 'x-reunir-scheme';

export function createRequestHandler(kit: Handler): Handler {
  return (req, res) => {
    req.headers[SCHEME_HEADER] = 'http';
    const url = req.url ?? '/';
    const path = url.split('?')[0] ?? '/';
    if (req.method === 'POST' && path === ASSESSMENTS_PATH) return handleAssessments(req, res);
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
    res.setHeader('content-security-policy', FALLBACK_CSP);
    res.setHeader(
      'cache-control',
      personalCacheControl(req.method ?? 'GET', url) ?? staticCacheControl(path),
    );
    kit(req, res);
  };
}
