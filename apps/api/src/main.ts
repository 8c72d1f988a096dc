import { loadConfig } from './config.js';
import { createApp } from './server.js';

// Composition root: configuration, then the app, then signals for a clean stop.
const config = loadConfig();
const app = await createApp(config);
const port = await app.listen();
app.services.logger.info(
  { port, database: app.services.database.kind, redis: Boolean(config.redisUrl) },
  `API ready on http://localhost:${port}/graphql`,
);

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, async () => {
    if (stopping) return;
    stopping = true;
    app.services.logger.info({ signal }, 'draining connections');
    const force = setTimeout(() => process.exit(1), 10_000);
    force.unref();
    await app.close();
    process.exit(0);
  });
}
