/**
 * The built server (`scripts/start.js`, after `npm run build`) as a child process on a free port, with the environment a test gives it (its own data directory or database), and the `reunir`
 * command line on the same storage.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export interface RunningServer {
  base: string;
  child: ChildProcess;
  log: () => string;
  /** Stops it (SIGTERM, or SIGKILL for a crash) and waits for the process to end. */
  stop(signal?: NodeJS.Signals): Promise<void>;
}

/** Starts the server on a free port (PORT=0; the port is read from its "listening" line). */
export async function startServer(env: NodeJS.ProcessEnv): Promise<RunningServer> {
  if (!existsSync('build/handler.js'))
    throw new Error('build/handler.js is missing: run `npm run build` before this test');
  let log = '';
  // no ORIGIN: the port is not known in advance, and adapter-node then takes the Host header
  const inherited = { ...process.env };
  delete inherited.ORIGIN;
  const child = spawn(process.execPath, ['scripts/start.js'], {
    env: { ...inherited, HOST: '127.0.0.1', PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stderr?.setEncoding('utf8').on('data', (d: string) => (log += d));
  const base = await new Promise<string>((ok, fail) => {
    child.once('exit', (code) => fail(new Error(`the server stopped (exit ${code}): ${log}`)));
    child.stdout?.setEncoding('utf8').on('data', (d: string) => {
      log += d;
      const address = /listening on (http:\/\/[0-9.]+:[0-9]+)/.exec(log);
      if (address) ok(address[1]!);
    });
  });
  child.removeAllListeners('exit');
  return {
    base,
    child,
    log: () => log,
    async stop(signal = 'SIGTERM') {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((ok) => child.once('exit', ok));
      child.kill(signal);
      await exited;
    },
  };
}

/** `reunir ARGS` with `input` on standard input, on the storage `env` names. */
export function reunir(args: string[], env: NodeJS.ProcessEnv, input = '') {
  const r = spawnSync(process.execPath, ['bin/reunir.js', ...args], {
    env: { ...process.env, ...env },
    input,
    encoding: 'utf8',
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A client that keeps the session cookie it is given. */
export function client(base: string) {
  let cookie = '';
  const request = async (method: string, path: string, body?: unknown) => {
    const r = await fetch(base + path, {
      method,
      headers: {
        ...(cookie ? { cookie } : {}),
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const set = r.headers.get('set-cookie');
    if (set?.startsWith('reunir_session=')) cookie = set.split(';')[0]!;
    return r;
  };
  return {
    request,
    signIn: async (email: string, password: string) => {
      const r = await request('POST', '/api/v1/session', { email, password });
      if (r.status !== 200) throw new Error(`sign-in of ${email}: ${r.status} ${await r.text()}`);
      return r;
    },
  };
}
