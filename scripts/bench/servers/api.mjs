/**
 * Child: the real API, built (apps/api/dist), on the bench database with the demo data. On PGlite
 * it also serves the bare tenant lookup, since only one process can own the embedded database.
 */
import { failStart, serveUntilStopped } from '../lib/child.mjs';
import { importDist } from '../lib/paths.mjs';
import { startTenantLookup } from '../lib/tenant-lookup.mjs';

async function main() {
  const { loadConfig } = await importDist('config.js');
  const { openDatabase } = await importDist('db/client.js');
  const { createApp } = await importDist('server.js');
  const { seedDemo } = await importDist('seed/demo.js');
  const config = loadConfig(process.env);
  const database = await openDatabase({
    url: config.databaseUrl,
    pgliteDir: config.pgliteDir,
    poolMax: config.dbPoolMax,
  });
  const app = await createApp(config, { database }); // runs the migrations
  await seedDemo(database);
  const port = await app.listen(0);
  const lookup = database.kind === 'pglite' ? await startTenantLookup(database) : undefined;
  serveUntilStopped(
    {
      port,
      tenantLookupPort: lookup?.port,
      databaseKind: database.kind,
      nodeEnv: config.nodeEnv,
      poolMax: config.dbPoolMax,
    },
    async () => {
      await lookup?.close();
      await app.close();
      await database.close();
    },
  );
}

main().catch(failStart('api'));
