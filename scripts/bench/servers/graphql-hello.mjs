/**
 * Child: bare graphql-js over node:http answering `{ hello }`, with a document cache (parsed and
 * validated documents by query text, least recently used first out) — the floor under any
 * GraphQL server on this machine.
 */
import http from 'node:http';
import { execute, parse, validate } from 'graphql';
import { failStart, readJson, sendJson, serveUntilStopped } from '../lib/child.mjs';
import { helloSchema } from '../lib/hello-schema.mjs';

const MAX_DOCUMENTS = 1000;
const documents = new Map();

function documentFor(query) {
  const hit = documents.get(query);
  if (hit) {
    // Map keeps insertion order: re-inserting makes this the most recently used.
    documents.delete(query);
    documents.set(query, hit);
    return hit;
  }
  let entry;
  try {
    const document = parse(query);
    const errors = validate(helloSchema, document);
    entry = errors.length ? { errors } : { document };
  } catch (error) {
    entry = { errors: [error] };
  }
  documents.set(query, entry);
  if (documents.size > MAX_DOCUMENTS) documents.delete(documents.keys().next().value);
  return entry;
}

async function main() {
  const server = http.createServer(async (req, res) => {
    if (req.method !== 'POST' || req.url !== '/graphql') {
      sendJson(res, 404, { errors: [{ message: 'not found' }] });
      return;
    }
    const body = await readJson(req);
    if (typeof body?.query !== 'string') {
      sendJson(res, 400, { errors: [{ message: 'query required' }] });
      return;
    }
    const entry = documentFor(body.query);
    if (entry.errors) {
      sendJson(res, 400, { errors: entry.errors.map((e) => ({ message: e.message })) });
      return;
    }
    const result = await execute({
      schema: helloSchema,
      document: entry.document,
      variableValues: body.variables ?? undefined,
      operationName: body.operationName ?? undefined,
    });
    sendJson(res, 200, result);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  serveUntilStopped({ port: server.address().port }, () => new Promise((resolve) => server.close(resolve)));
}

main().catch(failStart('graphql-hello'));
