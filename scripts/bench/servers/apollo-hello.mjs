/**
 * Child: "plain Apollo Server" answering `{ hello }` with the API's own settings — the same Apollo
 * build, express 5 integration and body limit, graphql-armor limits (createArmor), formatError,
 * introspection and batching switches — but no type-graphql, no context work and no database.
 * What `me` costs above this is the API's own per-request work.
 */
import http from 'node:http';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { failStart, serveUntilStopped } from '../lib/child.mjs';
import { helloSchema } from '../lib/hello-schema.mjs';
import { importDist, importFromApi } from '../lib/paths.mjs';

async function main() {
  await importFromApi('reflect-metadata'); // errors.js loads type-graphql, as server.js does
  const express = (await importFromApi('express')).default;
  const { expressMiddleware } = await importFromApi('@as-integrations/express5');
  const pinoModule = await importFromApi('pino');
  const pino = pinoModule.pino ?? pinoModule.default;
  const { loadConfig } = await importDist('config.js');
  const { createArmor } = await importDist('graphql/limits.js');
  const { createFormatError } = await importDist('graphql/errors.js');

  const config = loadConfig(process.env);
  const logger = pino({ level: config.logLevel, base: { service: 'bench-apollo' } });
  const production = config.nodeEnv === 'production';
  const armor = createArmor();
  const app = express();
  app.set('trust proxy', true);
  app.disable('x-powered-by');
  const httpServer = http.createServer(app);
  const apollo = new ApolloServer({
    schema: helloSchema,
    validationRules: armor.validationRules,
    plugins: [
      ...armor.plugins,
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginDrainHttpServer({ httpServer }),
    ],
    formatError: createFormatError({ production, logger }),
    introspection: !production,
    includeStacktraceInErrorResponses: !production,
    allowBatchedHttpRequests: false,
  });
  await apollo.start();
  app.use(
    '/graphql',
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, { context: async () => ({}) }),
  );
  await new Promise((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(0, '0.0.0.0', resolve);
  });
  serveUntilStopped({ port: httpServer.address().port, nodeEnv: config.nodeEnv }, () => apollo.stop());
}

main().catch(failStart('apollo-hello'));
