/**
 * `reunir keys rotate`: re-encrypts every case and TOTP secret with the current key (the first of
 * REUNIR_SECRET_KEY, or of the data directory's secret.key), so that the older keys listed after it
 * can then be removed. See docs/workspace.md, "Key rotation".
 */
import type { Command } from 'commander';
import { storeConfigFromEnv } from '../../lib/server/store/connect';
import { openWorkspace } from '../../lib/server/workspace/context';
import { rotateKeys } from '../../lib/server/workspace/rotation';
import { EXIT_UNEXPECTED, oneLine } from '../output';

export function register(program: Command): void {
  program
    .command('keys')
    .description('encryption keys of the workspace')
    .command('rotate')
    .description('re-encrypt all stored data with the current key (the first one given)')
    .action(async () => {
      try {
        const ws = await openWorkspace({ store: storeConfigFromEnv() });
        try {
          const { rewritten, current } = await rotateKeys(ws);
          process.stdout.write(`${rewritten} values re-encrypted with key ${current}\n`);
        } finally {
          await ws.close();
        }
      } catch (e) {
        process.stderr.write(`reunir: ${oneLine(e)}\n`);
        process.exitCode = EXIT_UNEXPECTED;
      }
    });
}
