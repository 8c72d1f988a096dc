/**
 * Child: the real API, built (apps/api/dist), on the bench database with the demo data. On PGlite
 * it also serves the bare tenant lookup, since only one process can own the embedded database.
 */
import { failStart, serveUntilStopped } from '../lib/child.mjs';
import { importDist } from '../lib/paths.mjs';
import { startTenantLookup } from '../lib/tenant-lookup.mjs';

/** `count` orders in 翠湖苑 of the demo's 安居物业, most of them taken by its engineering team. */
async function seedBenchWorkOrders(database, count, load) {
  const { seedScaleWorkOrders } = await load('seed/work-orders-scale.js');
  const [estate] = await database.raw(
    `select e.company_id, e.id, d.id as department_id from estates e join companies c on c.id = e.company_id
     left join departments d on d.company_id = e.company_id and d.estate_id = e.id and d.code = 'ENGINEERING'
     where c.slug = 'anju' and e.code = 'HZ-CHY'`,
  );
  await seedScaleWorkOrders(database, {
    companyId: estate.company_id,
    estateId: estate.id,
    departmentId: estate.department_id,
    count,
    now: new Date(),
  });
  // As autovacuum leaves a table after a bulk load: statistics and the visibility map up to date.
  await database.raw('vacuum analyze work_orders');
}

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
  // The work-order suite: BENCH_WORK_ORDERS more orders in 翠湖苑 (here, where the database is).
  const workOrders = Number(process.env.BENCH_WORK_ORDERS ?? 0);
  if (workOrders > 0) await seedBenchWorkOrders(database, workOrders, importDist);
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
