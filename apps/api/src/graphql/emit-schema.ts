// Writes apps/api/schema.graphql, which the web app's codegen reads; committed with the code.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createPubSub } from '@graphql-yoga/subscription';
import { buildAppSchema } from './schema.js';

const target = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../schema.graphql');
await buildAppSchema(createPubSub() as never, target);
console.log(`schema written to ${target}`);
