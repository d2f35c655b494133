// The thread that turns a Typst template and its data into a PDF, away from the server's event loop.
// One Typst compiler, created at the first job and kept for every later one (fonts parsed once).
// A job: { id, template, data, sizes? }. The data (JSON text) reaches the template as
// sys.inputs.data, never as markup. With `sizes`, the template is compiled at each base size in
// turn until the document fits on one page (the last size is kept whatever its length).
import { parentPort, workerData } from 'node:worker_threads';
import { join } from 'node:path';
import { NodeCompiler } from '@myriaddreamin/typst-ts-node-compiler';

/** @type {NodeCompiler | undefined} */
let compiler;

function typst() {
  compiler ??= NodeCompiler.create({
    workspace: workerData.dir,
    fontArgs: [{ fontPaths: [join(workerData.dir, 'fonts')] }],
  });
  return compiler;
}

/** Compiles once; returns the document, or throws the compiler's first diagnostics. */
function compile(template, data, size) {
  const result = typst().compile({
    mainFilePath: join(workerData.dir, 'templates', `${template}.typ`),
    inputs: size === undefined ? { data } : { data, size: String(size) },
  });
  const doc = result.result;
  if (result.hasError() || !doc) {
    const error = result.takeError();
    const detail = error?.shortDiagnostics?.map((d) => d.message ?? String(d)).join('; ');
    throw new Error(`${template}: ${detail || 'the template did not compile'}`);
  }
  return doc;
}

function render({ template, data, sizes }) {
  const tries = sizes?.length ? sizes : [undefined];
  let doc;
  for (const size of tries) {
    doc = compile(template, data, size);
    if (doc.numOfPages <= 1) break;
  }
  return typst().pdf(doc);
}

// Each compilation with new data leaves memoised results behind; old ones are dropped now and then
// so that a long-running server keeps a bounded memory.
const EVICT_EVERY = 64;
let jobs = 0;

parentPort.on('message', (job) => {
  try {
    const pdf = render(job);
    const bytes = new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
    parentPort.postMessage({ id: job.id, pdf: bytes });
  } catch (e) {
    parentPort.postMessage({ id: job.id, error: e instanceof Error ? e.message : String(e) });
  }
  if (++jobs % EVICT_EVERY === 0) compiler?.evictCache(10);
});
