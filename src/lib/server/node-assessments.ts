/**
 * POST /api/v1/assessments answered directly on Node's HTTP server, without the web framework's
 * request and response objects: the production server (scripts/start.js, node-server.ts) routes this
 * one endpoint here, where most of a request's time used to go to the framework rather than to the assessment
 * (docs/performance.md). Same rules and same answers as the SvelteKit endpoint, which serves it in
 * development and in the tests: both use body-rules.ts and assessment-answer.ts.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { answerAssessment } from './assessment-answer';
import {
  type Answer,
  DISCARD_BYTES,
  isJsonContentType,
  MAX_BODY_BYTES,
  parseJson,
  TOO_LARGE,
  UNREADABLE,
  UNSUPPORTED,
} from './body-rules';
import { FALLBACK_CSP, NO_STORE, SECURITY_HEADERS } from './headers';
import { logClientFault } from './log';

export const ASSESSMENTS_PATH = '/api/v1/assessments';

function send(res: ServerResponse, answer: Answer, close = false): void {
  if (res.headersSent) return;
  const text = JSON.stringify(answer.body);
  res.writeHead(answer.status, {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(text),
    ...SECURITY_HEADERS,
    'content-security-policy': FALLBACK_CSP,
    'cache-control': NO_STORE,
    ...(close ? { connection: 'close' } : {}),
  });
  res.end(text);
}

/** Drops what is left of an oversized body so that the 413 reaches the client; beyond DISCARD_BYTES, hangs up. */
function discard(req: IncomingMessage): void {
  let seen = 0;
  req.on('data', (chunk: Buffer) => {
    seen += chunk.length;
    if (seen > DISCARD_BYTES) req.destroy();
  });
}

export function handleAssessments(req: IncomingMessage, res: ServerResponse): void {
  if (!isJsonContentType(req.headers['content-type'])) {
    req.resume();
    return send(res, UNSUPPORTED);
  }
  if (Number(req.headers['content-length'] ?? 0) > MAX_BODY_BYTES) {
    discard(req);
    return send(res, TOO_LARGE, true);
  }
  const chunks: Buffer[] = [];
  let size = 0;
  const onData = (chunk: Buffer) => {
    size += chunk.length;
    if (size <= MAX_BODY_BYTES) return void chunks.push(chunk);
    req.off('data', onData);
    req.off('end', onEnd);
    discard(req);
    send(res, TOO_LARGE, true);
  };
  const onEnd = () => {
    const parsed = parseJson(Buffer.concat(chunks).toString('utf8'));
    send(res, parsed.ok ? answerAssessment(parsed.value) : parsed.answer);
  };
  req.on('data', onData);
  req.on('end', onEnd);
  req.on('error', () => {
    logClientFault('POST', ASSESSMENTS_PATH, 'aborted');
    send(res, UNREADABLE, true);
  });
}
