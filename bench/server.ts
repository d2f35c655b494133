/** What the HTTP benchmarks share: a free loopback port and the production server started on it. */
import { type ChildProcess, fork } from 'node:child_process';
import { createServer } from 'node:net';

export function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const server = createServer();
    server.on('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? ok(address.port) : fail(new Error('no port')),
      );
    });
  });
}

/** Starts `scripts/start.js` on 127.0.0.1:port and resolves once it listens. */
export async function startServer(
  startScript: string,
  port: number,
  execArgv: string[] = [],
): Promise<ChildProcess> {
  const child = fork(startScript, [], {
    execArgv,
    env: {
      ...process.env,
      HOST: '127.0.0.1',
      PORT: String(port),
      ORIGIN: `http://127.0.0.1:${port}`,
    },
    stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
  });
  await new Promise<void>((ok, fail) => {
    child.once('exit', (code) => fail(new Error(`the server stopped (exit ${code})`)));
    child.stdout?.on('data', (d: Buffer) => /listening/i.test(d.toString()) && ok());
  });
  return child;
}
