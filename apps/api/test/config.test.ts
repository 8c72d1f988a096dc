import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';

describe('DB_POOL_MAX', () => {
  it('refuses a pool of one, which would deadlock the migrations at start, and says why', () => {
    expect(() => loadConfig({ DB_POOL_MAX: '1' })).toThrow(/DB_POOL_MAX.*at least 2/);
    expect(loadConfig({ DB_POOL_MAX: '2' }).dbPoolMax).toBe(2);
    expect(loadConfig({}).dbPoolMax).toBe(10);
  });
});
