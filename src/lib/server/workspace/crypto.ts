/**
 * Encryption at rest, by the application: AES-256-GCM (node:crypto) with a random 96-bit nonce per
 * message and additional data binding a ciphertext to its row (a case's content cannot be copied into
 * another case). Each ciphertext starts with the id of its key, so that keys can be rotated: the first
 * key of the ring encrypts, every key of the ring decrypts (docs/workspace.md, "Key rotation").
 *
 * Keys are 32 random bytes written in base64. `REUNIR_SECRET_KEY` holds one key, or several separated
 * by commas (the current one first). Without it, embedded storage generates one into the data
 * directory (`secret.key`, mode 0600) on first start; with DATABASE_URL the key must be given.
 */
import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface KeyRing {
  /** The id of the key new ciphertexts use. */
  current: string;
  keys: Map<string, Buffer>;
}

const FORMAT = 'v1';

/** A key's id: the first 8 hex digits of its SHA-256 (it names the key, it does not reveal it). */
export const keyId = (key: Buffer) => createHash('sha256').update(key).digest('hex').slice(0, 8);

export class KeyError extends Error {}

/** A ring from comma- or line-separated base64 keys, the current one first. */
export function parseKeys(text: string): KeyRing {
  const keys = new Map<string, Buffer>();
  let current: string | undefined;
  for (const written of text.split(/[\s,]+/).filter(Boolean)) {
    const key = Buffer.from(written, 'base64');
    if (key.length !== 32)
      throw new KeyError('a secret key is 32 bytes written in base64 (`openssl rand -base64 32`)');
    const id = keyId(key);
    keys.set(id, key);
    current ??= id;
  }
  if (!current) throw new KeyError('no secret key given');
  return { current, keys };
}

export const generateKey = () => randomBytes(32).toString('base64');

/**
 * The key ring the environment gives: REUNIR_SECRET_KEY, or (embedded storage only) the data
 * directory's secret.key, generated on first start.
 */
export function keysFromEnv(
  env: NodeJS.ProcessEnv,
  storage: { kind: 'postgres' } | { kind: 'pglite'; dataDir: string } | { kind: 'memory' },
): KeyRing {
  if (env.REUNIR_SECRET_KEY) return parseKeys(env.REUNIR_SECRET_KEY);
  if (storage.kind === 'postgres')
    throw new KeyError(
      'DATABASE_URL is set but REUNIR_SECRET_KEY is not: the workspace encrypts names, notes and ' +
        'situations with that key and will not start without it. Generate one with ' +
        '`openssl rand -base64 32`, keep it safe (without it the data cannot be read) and set it in ' +
        'the environment of every instance.',
    );
  if (storage.kind === 'memory') return parseKeys(generateKey());
  const file = join(storage.dataDir, 'secret.key');
  if (!existsSync(file)) {
    mkdirSync(storage.dataDir, { recursive: true, mode: 0o700 });
    writeFileSync(file, `${generateKey()}\n`, { mode: 0o600, flag: 'wx' });
  }
  chmodSync(file, 0o600);
  return parseKeys(readFileSync(file, 'utf8'));
}

/** `v1.<key id>.<base64 of nonce ‖ tag ‖ ciphertext>`. */
export function encrypt(ring: KeyRing, plaintext: string, context: string): string {
  const key = ring.keys.get(ring.current)!;
  const nonce = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, nonce);
  cipher.setAAD(Buffer.from(context, 'utf8'));
  const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  const sealed = Buffer.concat([nonce, cipher.getAuthTag(), body]).toString('base64');
  return `${FORMAT}.${ring.current}.${sealed}`;
}

export function decrypt(ring: KeyRing, ciphertext: string, context: string): string {
  const [format, id, sealed] = ciphertext.split('.');
  if (format !== FORMAT || !id || sealed === undefined)
    throw new KeyError('not a ciphertext of this application');
  const key = ring.keys.get(id);
  if (!key)
    throw new KeyError(`the key ${id} is not in REUNIR_SECRET_KEY; add it back to read this data`);
  const bytes = Buffer.from(sealed, 'base64');
  const decipher = createDecipheriv('aes-256-gcm', key, bytes.subarray(0, 12));
  decipher.setAAD(Buffer.from(context, 'utf8'));
  decipher.setAuthTag(bytes.subarray(12, 28));
  return Buffer.concat([decipher.update(bytes.subarray(28)), decipher.final()]).toString('utf8');
}

/** The id of the key a ciphertext was made with. */
export const keyOf = (ciphertext: string) => ciphertext.split('.')[1];
