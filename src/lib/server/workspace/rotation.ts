/**
 * Key rotation: every ciphertext not made with the current key is decrypted with the key it names and
 * encrypted again with the current one, row by row, each in its own transaction (a rotation stopped
 * half-way is resumed by running it again).
 */
import { caseContext } from './cases';
import type { Workspace } from './context';
import { decrypt, encrypt, keyOf } from './crypto';

export async function rotateKeys(ws: Workspace): Promise<{ rewritten: number; current: string }> {
  let rewritten = 0;
  const cases = await ws.db
    .selectFrom('cases')
    .select(['id', 'org_id', 'content'])
    .where('content', 'is not', null)
    .execute();
  for (const c of cases) {
    if (keyOf(c.content!) === ws.keys.current) continue;
    const context = caseContext(c.org_id, c.id);
    const content = encrypt(ws.keys, decrypt(ws.keys, c.content!, context), context);
    await ws.db
      .updateTable('cases')
      .set({ content })
      .where('id', '=', c.id)
      .where('content', '=', c.content)
      .execute();
    rewritten++;
  }
  const users = await ws.db
    .selectFrom('users')
    .select(['id', 'totp_secret'])
    .where('totp_secret', 'is not', null)
    .execute();
  for (const u of users) {
    if (keyOf(u.totp_secret!) === ws.keys.current) continue;
    const context = `totp:${u.id}`;
    const secret = encrypt(ws.keys, decrypt(ws.keys, u.totp_secret!, context), context);
    await ws.db.updateTable('users').set({ totp_secret: secret }).where('id', '=', u.id).execute();
    rewritten++;
  }
  return { rewritten, current: ws.keys.current };
}
