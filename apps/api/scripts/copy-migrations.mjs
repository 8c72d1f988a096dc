// The compiled API applies migrations at start, so the SQL files travel with dist/.
import { cpSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const from = fileURLToPath(new URL('../src/db/migrations', import.meta.url));
const to = fileURLToPath(new URL('../dist/db/migrations', import.meta.url));
cpSync(from, to, { recursive: true });
