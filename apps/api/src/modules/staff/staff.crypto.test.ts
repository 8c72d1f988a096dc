/**
 * Personal data at rest: AES-256-GCM ciphertexts in a versioned format, bound to their company,
 * refused when tampered with; a keyed hash per company; the key from PERSONAL_DATA_KEY, refused
 * in production when missing, generated once (mode 0600) beside the embedded database's data
 * directory and read again on the next start.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { embeddedKeyFile, personalDataCipher, personalDataKeyFor } from './staff.crypto.js';

const A = '00000000-0000-4000-8000-00000000000a';
const B = '00000000-0000-4000-8000-00000000000b';
const ID = '110101199003071233';
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'anju-key-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('the personal-data cipher', () => {
  const cipher = personalDataCipher(randomBytes(32));

  it('round-trips, never shows the clear text, and differs on every encryption', () => {
    const one = cipher.encrypt(A, ID);
    const two = cipher.encrypt(A, ID);
    expect(one).toMatch(/^v1:[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]+$/);
    expect(one).not.toContain(ID);
    expect(one).not.toBe(two);
    expect(cipher.decrypt(A, one)).toBe(ID);
    expect(cipher.decrypt(A, two)).toBe(ID);
  });

  it('refuses a ciphertext of another company, another key, a tampered one or an unknown version', () => {
    const stored = cipher.encrypt(A, ID);
    expect(() => cipher.decrypt(B, stored)).toThrow();
    expect(() => personalDataCipher(randomBytes(32)).decrypt(A, stored)).toThrow();
    const [v, iv, tag, ct] = stored.split(':');
    const flipped = Buffer.from(ct!, 'base64');
    flipped[0]! ^= 1;
    expect(() => cipher.decrypt(A, [v, iv, tag, flipped.toString('base64')].join(':'))).toThrow();
    expect(() => cipher.decrypt(A, ['v2', iv, tag, ct].join(':'))).toThrow(/format/);
    expect(() => cipher.decrypt(A, 'garbage')).toThrow(/format/);
  });

  it('hashes the same number alike within a company and differently across companies and keys', () => {
    expect(cipher.hash(A, ID)).toBe(cipher.hash(A, ID));
    expect(cipher.hash(A, ID)).not.toBe(cipher.hash(B, ID));
    expect(cipher.hash(A, ID)).not.toBe(personalDataCipher(randomBytes(32)).hash(A, ID));
    expect(cipher.hash(A, ID)).not.toContain(ID);
  });

  it('takes only a 32-byte key', () => {
    expect(() => personalDataCipher(randomBytes(16))).toThrow(RangeError);
  });
});

describe('where the key comes from', () => {
  const base = { nodeEnv: 'development' as const, databaseUrl: undefined, personalDataKey: undefined };

  it('is never made up in production', () => {
    expect(() => personalDataKeyFor({ ...base, nodeEnv: 'production', pgliteDir: tmp })).toThrow(
      /PERSONAL_DATA_KEY is required/,
    );
  });

  it('generates the embedded database’s key once, mode 0600, beside its data directory, and keeps it', () => {
    const pgliteDir = path.join(tmp, 'data', 'pglite');
    const file = embeddedKeyFile(pgliteDir);
    expect(path.dirname(file)).toBe(path.dirname(pgliteDir));
    expect(fs.existsSync(file)).toBe(false);
    const first = personalDataKeyFor({ ...base, pgliteDir });
    expect(first).toHaveLength(32);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    // A restart reads the same key: what was encrypted before still decrypts.
    const stored = personalDataCipher(first).encrypt(A, ID);
    const again = personalDataKeyFor({ ...base, pgliteDir });
    expect(again.equals(first)).toBe(true);
    expect(personalDataCipher(again).decrypt(A, stored)).toBe(ID);
    // Another embedded database gets its own.
    expect(personalDataKeyFor({ ...base, pgliteDir: path.join(tmp, 'other') }).equals(first)).toBe(false);
  });

  it('refuses a damaged key file instead of silently making a new key', () => {
    const pgliteDir = path.join(tmp, 'damaged');
    fs.writeFileSync(embeddedKeyFile(pgliteDir), 'c2hvcnQ=\n');
    expect(() => personalDataKeyFor({ ...base, pgliteDir })).toThrow(/32-byte/);
  });

  it('uses fixed public keys in tests and in development against a server', () => {
    const test = personalDataKeyFor({ ...base, nodeEnv: 'test', pgliteDir: tmp });
    expect(personalDataKeyFor({ ...base, nodeEnv: 'test', pgliteDir: tmp }).equals(test)).toBe(true);
    const dev = personalDataKeyFor({ ...base, databaseUrl: 'postgres://localhost/x', pgliteDir: tmp });
    expect(dev.equals(test)).toBe(false);
    expect(personalDataKeyFor({ ...base, pgliteDir: 'memory://' }).equals(dev)).toBe(true);
  });
});
