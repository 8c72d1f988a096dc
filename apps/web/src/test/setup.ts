import { cleanup, configure } from '@testing-library/react';
import { afterEach, vi } from 'vitest';
import '../app/i18n';

// Runs before each test file. Most files share their worker's modules and globals (vitest.config.ts):
// what the previous file stubbed or stored is put back first.
vi.unstubAllGlobals();
globalThis.localStorage?.clear();

// antd renders slowly in happy-dom when the machine is busy (CI runs API tests alongside):
// give findBy/waitFor more than the default second before declaring an element missing.
configure({ asyncUtilTimeout: 10_000 });

afterEach(() => {
  cleanup();
  // Node-environment tests (IndexedDB holding real Blobs) have no localStorage.
  globalThis.localStorage?.clear();
});
