import 'reflect-metadata';
/**
 * PERSONAL_DATA_KEY in the configuration (config.ts): 32 bytes in base64, anything else refused at
 * start; required in production, with a message saying how to make one. The key's use and the
 * embedded database's generated key are tested with the staff module (staff.crypto.test.ts).
 */
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';
import { personalDataKeyFor } from '../src/modules/staff/index.js';

describe('PERSONAL_DATA_KEY', () => {
  const env = {
    NODE_ENV: 'production',
    DATABASE_URL: 'postgres://db.example/anju',
    SESSION_SECRET: 'x'.repeat(40),
  };

  it('reads PERSONAL_DATA_KEY (32 bytes, base64) and refuses anything else', () => {
    const key = randomBytes(32);
    const config = loadConfig({ PERSONAL_DATA_KEY: key.toString('base64') });
    expect(config.personalDataKey?.equals(key)).toBe(true);
    expect(personalDataKeyFor(config).equals(key)).toBe(true);
    expect(() => loadConfig({ PERSONAL_DATA_KEY: randomBytes(16).toString('base64') })).toThrow(
      /PERSONAL_DATA_KEY/,
    );
    expect(() => loadConfig({ PERSONAL_DATA_KEY: 'not base64!' })).toThrow(/PERSONAL_DATA_KEY/);
  });

  it('refuses to start in production without one, with a message that says what to do', () => {
    expect(() => loadConfig(env)).toThrow(
      /PERSONAL_DATA_KEY: required in production.*openssl rand -base64 32/,
    );
    expect(() => loadConfig({ ...env, PERSONAL_DATA_KEY: randomBytes(32).toString('base64') })).not.toThrow();
  });
});
