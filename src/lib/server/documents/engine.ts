/**
 * Every PDF is made by one Typst compiler in a worker thread (compile-worker.mjs), started at the
 * first document and reused: the server's event loop never lays out a page, so assessments and pages
 * are answered while documents are made. Documents wait in a bounded queue, one compiled at a time;
 * when the queue is full the caller gets DocumentsBusy at once (the routes answer 503 with
 * Retry-After) instead of waiting without end. A document that takes too long stops the worker, which
 * the next document starts afresh.
 */
import { Worker } from 'node:worker_threads';
import { join } from 'node:path';
import { documentsDir } from './folder';

export type Template = 'letter' | 'summary';

export interface EngineLimits {
  /** Documents that may wait while one is being made. */
  queue: number;
  /** Longest time one document may take, in milliseconds. */
  timeoutMs: number;
}

/** REUNIR_PDF_QUEUE sets how many documents may wait (default 64). */
function queueLength(): number {
  const n = Number(process.env.REUNIR_PDF_QUEUE);
  return Number.isInteger(n) && n >= 0 ? n : 64;
}

const DEFAULT_LIMITS: EngineLimits = { queue: queueLength(), timeoutMs: 15_000 };

/** Seconds after which a refused request may try again. */
export const RETRY_AFTER_SECONDS = 2;

export class DocumentsBusy extends Error {
  constructor() {
    super('too many documents are being made; try again in a moment');
  }
}

export class DocumentFailed extends Error {}

interface Job {
  id: number;
  template: Template;
  data: string;
  sizes?: number[];
  resolve: (pdf: Uint8Array) => void;
  reject: (e: Error) => void;
  timer?: ReturnType<typeof setTimeout>;
}

type Reply = { id: number; pdf: Uint8Array } | { id: number; error: string };

export class DocumentEngine {
  private worker?: Worker;
  private running?: Job;
  private readonly waiting: Job[] = [];
  private nextId = 1;

  constructor(private readonly limits: EngineLimits = DEFAULT_LIMITS) {}

  /** Whether a new document would be refused now (checked before preparing its data). */
  get full(): boolean {
    return this.running !== undefined && this.waiting.length >= this.limits.queue;
  }

  /** Documents made or waiting now. */
  get load(): number {
    return this.waiting.length + (this.running ? 1 : 0);
  }

  /**
   * A PDF from a template and its data (JSON text). With `sizes`, the template is tried at each base
   * size in turn until the document fits on one page.
   */
  render(template: Template, data: string, sizes?: number[]): Promise<Uint8Array> {
    if (this.full) return Promise.reject(new DocumentsBusy());
    return new Promise((resolve, reject) => {
      this.waiting.push({ id: this.nextId++, template, data, sizes, resolve, reject });
      this.next();
    });
  }

  private next(): void {
    if (this.running) return;
    const job = this.waiting.shift();
    if (!job) {
      // Idle: the worker must not keep a command-line process alive.
      this.worker?.unref();
      return;
    }
    this.running = job;
    const worker = this.start();
    worker.ref();
    job.timer = setTimeout(() => {
      this.stop();
      this.finish(
        job,
        new DocumentFailed(`${job.template}: took over ${this.limits.timeoutMs} ms`),
      );
    }, this.limits.timeoutMs);
    worker.postMessage({ id: job.id, template: job.template, data: job.data, sizes: job.sizes });
  }

  private start(): Worker {
    if (this.worker) return this.worker;
    const dir = documentsDir();
    const worker = new Worker(join(dir, 'compile-worker.mjs'), { workerData: { dir } });
    worker.on('message', (reply: Reply) => {
      const job = this.running;
      if (!job || job.id !== reply.id) return;
      this.finish(job, 'pdf' in reply ? reply.pdf : new DocumentFailed(reply.error));
    });
    // A worker that failed or stopped is replaced at the next document; one stopped on purpose
    // (stop(), close()) is no longer this.worker and its end concerns no job.
    const lost = (why: string) => {
      if (this.worker !== worker) return;
      this.worker = undefined;
      if (this.running) this.finish(this.running, new DocumentFailed(why));
    };
    worker.on('error', (e) => lost(e.message));
    worker.on('exit', () => lost('the document worker stopped'));
    this.worker = worker;
    return worker;
  }

  private stop(): void {
    const worker = this.worker;
    this.worker = undefined;
    void worker?.terminate();
  }

  private finish(job: Job, outcome: Uint8Array | Error): void {
    if (this.running !== job) return;
    clearTimeout(job.timer);
    this.running = undefined;
    if (outcome instanceof Error) job.reject(outcome);
    else job.resolve(outcome);
    this.next();
  }

  /** Stops the worker (tests, shutdown); the next document starts a new one. */
  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    await worker?.terminate();
  }
}

let engine: DocumentEngine | undefined;

/** The process's engine, created at the first document. */
export function documentEngine(): DocumentEngine {
  engine ??= new DocumentEngine();
  return engine;
}
