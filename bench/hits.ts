import os from 'node:os';
import {
  BenchQuery,
  BenchRequest,
  createDatabase,
  f,
  load,
  machine,
  measure,
  Measure,
  Options,
  post,
  postRequest,
  QUERIES,
  startApi,
  startBare,
} from './bench';

/** The four ways a client asks for a cached answer: POST and GET, each media type of GraphQL over HTTP. */
function variants(q: BenchQuery): { name: string; request: BenchRequest }[] {
  const search = new URLSearchParams({
    query: q.query,
    operationName: q.operationName,
    ...(q.variables ? { variables: JSON.stringify(q.variables) } : {}),
  });
  const get = (accept: string): BenchRequest => ({
    method: 'GET',
    path: `/graphql?${search}`,
    headers: { accept, 'apollo-require-preflight': 'true' },
  });
  const posted = postRequest(q);
  return [
    { name: 'POST application/json', request: posted },
    {
      name: 'POST graphql-response+json',
      request: { ...posted, headers: { ...posted.headers, accept: 'application/graphql-response+json' } },
    },
    { name: 'GET application/json', request: get('application/json') },
    { name: 'GET graphql-response+json', request: get('application/graphql-response+json') },
  ];
}

/**
 * `npm run bench -- --hits --controllers 0 --engines sqlite --queries b [--rounds 2] [--duration 10]
 * [--connections 16] [--log-level silent] [--against other/dist]`: response-cache hits against the floor. Starts the API (cache on, at
 * LOG_LEVEL `--log-level`) over the seeds (plus `--controllers` synthetic policies), and for each query and each
 * variant (POST and GET, both media types) records the API's answer, starts a bare node:http server that sends the
 * same bytes, and loads the two in alternation, `--rounds` times each (with `--against`, another build of the server
 * too, started the same way: before/after in one run). Prints a table; writes nothing.
 */
export async function runHits(o: Options): Promise<void> {
  const engine = o.engines[0];
  const controllers = o.controllers;
  const database = await createDatabase(engine, o, controllers);
  const lines = [
    ...machine(null),
    '',
    `${engine}, ${f(controllers + 5)} controllers, LOG_LEVEL=${o.logLevel}, ${o.connections} connections, ` +
      `${o.duration} s per measurement, ${o.rounds} alternating rounds`,
    '',
    `| query | request | response bytes | bare req/s | API req/s | × bare | bare p99 ms | API p99 ms | errors |${
      o.against ? ' other build req/s | × bare | p99 ms | errors |' : ''
    }`,
    `| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |${o.against ? ' ---: | ---: | ---: | ---: |' : ''}`,
  ];
  console.log(lines.join('\n'));
  try {
    await load(database.url, controllers, o.keep !== null);
    const api = await startApi(database.url, true, [], o.logLevel);
    const other = o.against ? await startApi(database.url, true, [], o.logLevel, o.against) : null;
    try {
      for (const q of QUERIES.filter((query) => o.queries.includes(query.key))) {
        for (const { name, request } of variants(q)) {
          const recorded = await post(api.url, q, request);
          const bare = await startBare(recorded);
          try {
            for (let round = 0; round < o.rounds; round++) {
              const floor: Measure = await measure(bare, q, o, false, request);
              const hit: Measure = await measure(api, q, o, true, request);
              const otherHit = other ? await measure(other, q, o, true, request) : null;
              const line =
                `| (${q.key}) | ${name} | ${f(Buffer.from(recorded.body, 'base64').length)} | ${f(floor.rps)} | ` +
                `${f(hit.rps)} | ${f(hit.rps / floor.rps, 2)} | ${f(floor.p99)} | ${f(hit.p99)} | ${hit.errors} |` +
                (otherHit
                  ? ` ${f(otherHit.rps)} | ${f(otherHit.rps / floor.rps, 2)} | ${f(otherHit.p99)} | ${otherHit.errors} |`
                  : '');
              lines.push(line);
              console.log(line);
            }
          } finally {
            await bare.stop();
          }
        }
      }
    } finally {
      await api.stop();
      await other?.stop();
    }
  } finally {
    await database.drop();
  }
  console.log(
    `\nload average at the end: ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
}
