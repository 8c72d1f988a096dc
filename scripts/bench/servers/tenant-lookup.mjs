/**
 * Child: the bare tenant-transaction lookup on its own pool of the API's size (PostgreSQL only; on
 * PGlite, one process owns the database, so the API child serves this endpoint too).
 */
import { failStart, serveUntilStopped } from '../lib/child.mjs';
import { importDist } from '../lib/paths.mjs';
import { startTenantLookup } from '../lib/tenant-lookup.mjs';

async function main() {
  const { loadConfig } = await importDist('config.js');
  const { openDatabase } = await importDist('db/client.js');
  const { setStatementTimeout } = await importDist('db/tenant.js');
  const config = loadConfig(process.env);
  setStatementTimeout(config.statementTimeoutMs);
  const database = await openDatabase({ url: config.databaseUrl, poolMax: config.dbPoolMax });
  const lookup = await startTenantLookup(database);
  serveUntilStopped({ port: lookup.port, poolMax: config.dbPoolMax }, async () => {
    await lookup.close();
    await database.close();
  });
}

main().catch(failStart('tenant-lookup'));
