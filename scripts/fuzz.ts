import 'reflect-metadata';
import { buildSchema } from 'graphql';
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../src/config';
import { startServer } from '../src/server/start-server';
import { randomRequest } from './random-operations';

function parseBody(text: string): { errors?: { extensions?: { code?: string } }[] } | null {
  try {
    const body: unknown = JSON.parse(text);
    return body && typeof body === 'object' ? body : null;
  } catch {
    return null;
  }
}

/**
 * `npm run fuzz -- --operations 5000 [--seed 1]`: sends random operations to a fresh server and reports every answer
 * that is an internal error, a 5xx or not a GraphQL JSON body. Exits 1 if there is any.
 */
export async function fuzz(
  operations: number,
  firstSeed = 1,
): Promise<{ failures: { seed: number; status: number; body: string }[]; codes: Record<string, number> }> {
  const schema = buildSchema(fs.readFileSync(path.join(PROJECT_ROOT, 'schema.graphql'), 'utf8'));
  // One client sends everything: its rate budget is lifted so that every operation is judged on its own.
  const server = await startServer({ production: true, pointsPerWindow: Number.MAX_SAFE_INTEGER });
  const failures: { seed: number; status: number; body: string }[] = [];
  const codes: Record<string, number> = {};
  try {
    for (let seed = firstSeed; seed < firstSeed + operations; seed++) {
      const response = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(randomRequest(schema, seed)),
      });
      const text = await response.text();
      // Every answer must be a GraphQL JSON body (never express's HTML error page).
      const body = parseBody(text);
      if (!body) {
        failures.push({ seed, status: response.status, body: text.slice(0, 500) });
        continue;
      }
      for (const error of body.errors ?? [])
        codes[error.extensions?.code ?? 'NONE'] = (codes[error.extensions?.code ?? 'NONE'] ?? 0) + 1;
      if (!body.errors) codes.OK = (codes.OK ?? 0) + 1;
      if (response.status >= 500 || text.includes('INTERNAL_SERVER_ERROR'))
        failures.push({ seed, status: response.status, body: text.slice(0, 500) });
    }
  } finally {
    await server.close();
  }
  return { failures, codes };
}

if (require.main === module) {
  const arg = (name: string, fallback: number) => {
    const at = process.argv.indexOf(`--${name}`);
    return at > 0 ? Number(process.argv[at + 1]) : fallback;
  };
  const operations = arg('operations', 2000);
  const started = Date.now();
  fuzz(operations, arg('seed', 1))
    .then(({ failures, codes }) => {
      console.log(`${operations} random operations in ${((Date.now() - started) / 1000).toFixed(1)} s`);
      console.log('answers:', codes);
      for (const f of failures) console.log(`seed ${f.seed}: HTTP ${f.status} ${f.body}`);
      console.log(failures.length ? `${failures.length} internal error(s)` : 'no internal errors');
      process.exit(failures.length ? 1 : 0);
    })
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
}
