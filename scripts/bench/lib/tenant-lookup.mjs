/**
 * The database baseline: a bare node:http endpoint doing the lookup `estate(id)` needs, inside the
 * same `withTenant` transaction the API uses (company setting, role app_rls, statement timeout),
 * with no GraphQL, no sign-in and no permission check. POST `{ companyId, id }` → `{ estate }`.
 *
 *   /lookup        plain SQL: `select * from estates where company_id = $1 and id = $2`
 *   /lookup-store  the API's own store function (estates.store findEstates, drizzle's query
 *                  builder): the difference between the two is the store's share of `estate(id)`
 *
 * For the comparison suite (POST `{ companyId, … }` → `{ rows }`, a count, not the data):
 *   /period-sums     the aggregation over monthly_figures the matrix used before the read model
 *                    (sums-statements.mjs): the baseline
 *   /read-model      the same sums from the read model (figure_period_sums): every estate's row
 *   /monthly-points  comparison.store monthlyPoints(estateIds, codes, from, to): the trend's
 */
import http from 'node:http';
import { readJson, sendJson } from './child.mjs';
import { importDist, importFromApi } from './paths.mjs';
import { sumsStatements } from './sums-statements.mjs';

export async function startTenantLookup(database) {
  const { withTenant } = await importDist('db/tenant.js');
  const { rowsOf } = await importDist('db/client.js');
  const { findEstates } = await importDist('modules/estates/estates.store.js');
  const { monthlyPoints } = await importDist('modules/comparison/comparison.store.js');
  const { sql } = await importFromApi('drizzle-orm');
  const sums = sumsStatements(sql, rowsOf);

  const lookups = {
    '/lookup': async (tx, companyId, id) =>
      rowsOf(await tx.execute(sql`select * from estates where company_id = ${companyId} and id = ${id}`))[0],
    '/lookup-store': async (tx, companyId, id) => (await findEstates(tx, companyId, [id]))[0],
  };
  const comparison = {
    '/period-sums': (tx, b) => sums.aggregated(tx, b.companyId, b.from, b.to),
    '/read-model': (tx, b) => sums.readModel(tx, b.companyId, b.period),
    '/monthly-points': async (tx, b) =>
      (await monthlyPoints(tx, b.companyId, b.estateIds, b.codes, b.from, b.to)).length,
  };

  const server = http.createServer(async (req, res) => {
    const measure = req.method === 'POST' ? comparison[req.url] : undefined;
    if (measure) {
      const body = await readJson(req);
      try {
        const rows = await withTenant(database, body?.companyId, (tx) => measure(tx, body));
        sendJson(res, 200, { rows });
      } catch (error) {
        sendJson(res, 500, { error: String(error?.message ?? error) });
      }
      return;
    }
    const lookup = req.method === 'POST' ? lookups[req.url] : undefined;
    if (!lookup) {
      sendJson(res, 404, { error: 'not found' });
      return;
    }
    const body = await readJson(req);
    if (typeof body?.companyId !== 'string' || typeof body?.id !== 'string') {
      sendJson(res, 400, { error: 'companyId and id required' });
      return;
    }
    try {
      const estate = await withTenant(database, body.companyId, (tx) => lookup(tx, body.companyId, body.id));
      if (estate) sendJson(res, 200, { estate });
      else sendJson(res, 404, { error: 'not found' });
    } catch (error) {
      sendJson(res, 500, { error: String(error?.message ?? error) });
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: server.address().port,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
