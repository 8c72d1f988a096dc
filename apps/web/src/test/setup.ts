import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import '../app/i18n';

afterEach(() => {
  cleanup();
  localStorage.clear();
});
