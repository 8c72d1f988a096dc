/**
 * Personal data at rest: staff ID numbers are stored encrypted (AES-256-GCM, node:crypto) and
 * found again by a keyed hash (HMAC-SHA-256), never in clear. The key comes from the environment
 * (PERSONAL_DATA_KEY); the embedded database generates one once and keeps it beside its data
 * directory, so a restart still decrypts; production refuses to start without one (config.ts).
 */
import { createCipheriv, createDecipheriv, createHash, createHmac, hkdfSync, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Logger } from 'pino';

/** The format of a ciphertext: `v1:<iv>:<tag>:<ciphertext>`, each part base64. */
const VERSION = 'v1';
const IV_BYTES = 12;
const TAG_BYTES = 16;
export const PERSONAL_DATA_KEY_BYTES = 32;

export interface PersonalDataCipher {
  /**
   * Encrypts `plain` for company `companyId` (bound to it as associated data: a ciphertext copied
   * into another company's row does not decrypt there).
   */
  encrypt(companyId: string, plain: string): string;
  /** Decrypts what `encrypt` made for the same company; throws on a tampered or foreign value. */
  decrypt(companyId: string, stored: string): string;
  /**
   * A keyed hash of `plain` within a company, for finding the same value twice without decrypting
   * (the same person in two companies hashes differently: the tables cannot be joined on it).
   */
  hash(companyId: string, plain: string): string;
}

/** A cipher under `key` (32 bytes). The HMAC key is derived from it (HKDF-SHA-256). */
export function personalDataCipher(key: Buffer): PersonalDataCipher {
  if (key.length !== PERSONAL_DATA_KEY_BYTES) throw new RangeError('The personal-data key must be 32 bytes');
  const encryptionKey = Buffer.from(key);
  const hmacKey = Buffer.from(hkdfSync('sha256', key, Buffer.alloc(0), 'anju personal-data hmac v1', 32));
  const aad = (companyId: string) => Buffer.from(`anju:${companyId}`, 'utf8');
  return {
    encrypt(companyId, plain) {
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv('aes-256-gcm', encryptionKey, iv, { authTagLength: TAG_BYTES });
      cipher.setAAD(aad(companyId));
      const ct = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      const tag = cipher.getAuthTag();
      return [VERSION, iv.toString('base64'), tag.toString('base64'), ct.toString('base64')].join(':');
    },
    decrypt(companyId, stored) {
      const [version, iv, tag, ct, ...rest] = stored.split(':');
      if (version !== VERSION || !iv || !tag || ct === undefined || rest.length > 0) {
        throw new Error('Unknown personal-data ciphertext format');
      }
      const decipher = createDecipheriv('aes-256-gcm', encryptionKey, Buffer.from(iv, 'base64'), {
        authTagLength: TAG_BYTES,
      });
      decipher.setAAD(aad(companyId));
      decipher.setAuthTag(Buffer.from(tag, 'base64'));
      return Buffer.concat([decipher.update(Buffer.from(ct, 'base64')), decipher.final()]).toString('utf8');
    },
    hash(companyId, plain) {
      return createHmac('sha256', hmacKey).update(`${companyId}\u0000${plain}`, 'utf8').digest('base64url');
    },
  };
}

/** A key anybody can compute: only for tests and development against a database of no value. */
function publicKey(purpose: string): Buffer {
  return createHash('sha256').update(`anju ${purpose} personal-data key: not a secret`).digest();
}

/** Where the embedded database's generated key lives: beside its data directory. */
export function embeddedKeyFile(pgliteDir: string): string {
  return path.join(path.dirname(pgliteDir), `${path.basename(pgliteDir)}.personal-data.key`);
}

/**
 * Reads the key file, or creates it once (32 random bytes, base64, mode 0600). Two processes
 * starting at once both end up with the one that was written first (`wx` fails for the second).
 */
function keyFromFile(file: string, logger?: Logger): Buffer {
  const read = () => {
    const key = Buffer.from(fs.readFileSync(file, 'utf8').trim(), 'base64');
    if (key.length !== PERSONAL_DATA_KEY_BYTES) {
      throw new Error(
        `${file} does not hold a 32-byte base64 key; restore it from a backup or set PERSONAL_DATA_KEY`,
      );
    }
    return key;
  };
  try {
    return read();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  fs.mkdirSync(path.dirname(file), { recursive: true });
  try {
    fs.writeFileSync(file, `${randomBytes(PERSONAL_DATA_KEY_BYTES).toString('base64')}\n`, {
      mode: 0o600,
      flag: 'wx',
    });
    logger?.info({ file }, 'generated the personal-data key of the embedded database');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  return read();
}

/**
 * The key personal data is encrypted under, in this order: PERSONAL_DATA_KEY; in tests a fixed
 * test key; with the embedded database (no DATABASE_URL) the key file beside its data directory,
 * generated on first start; otherwise (development against a PostgreSQL server) a fixed
 * development key, with a warning. Production never gets here without PERSONAL_DATA_KEY (config).
 */
export function personalDataKeyFor(
  config: {
    personalDataKey: Buffer | undefined;
    nodeEnv: 'development' | 'test' | 'production';
    databaseUrl: string | undefined;
    pgliteDir: string;
  },
  logger?: Logger,
): Buffer {
  if (config.personalDataKey) return config.personalDataKey;
  if (config.nodeEnv === 'production') {
    throw new Error('PERSONAL_DATA_KEY is required in production (32 bytes, base64)');
  }
  if (config.nodeEnv === 'test') return publicKey('test');
  if (!config.databaseUrl && config.pgliteDir && !config.pgliteDir.startsWith('memory://')) {
    return keyFromFile(embeddedKeyFile(config.pgliteDir), logger);
  }
  logger?.warn('PERSONAL_DATA_KEY is not set: staff ID numbers are encrypted under a public development key');
  return publicKey('development');
}

/**
 * A cipher under the public test or development key: what `personalDataKeyFor` gives tests and
 * development against a server, and demo data loaded without a cipher (seedDemo's default).
 */
export const publicPersonalDataCipher = (purpose: 'test' | 'development'): PersonalDataCipher =>
  personalDataCipher(publicKey(purpose));
