import autocannon from 'autocannon';
import { cpuOf, createDatabase, f, load, options, postgresCpu, postRequest, QUERIES, startApi } from './bench';

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/**
 * `node dist/bench/cpu.js [--queries a,b] [--rounds 5] [--requests 200] [--connections 4] [--controllers 10000]
 * [--engines postgres] [--keep name] <dist> [<dist>@<node flag>...]`: starts one server per build named (a `dist` folder,
 * optionally with node flags after `@`, e.g. `dist@--max-semi-space-size=32`) over the benchmark database, cache off,
 * and sends each query to each in turn, `--rounds` times `--requests` requests, reading the server's and PostgreSQL's
 * CPU time per request from /proc around each run. Prints the median and every round per build: the A/B that the
 * changes of bench/RESULTS.md were judged by. CPU per request moves less with the machine's load than throughput does.
 */
async function main(): Promise<void> {
  const o = options();
  const at = (name: string, fallback: number) => {
    const index = process.argv.indexOf(`--${name}`);
    return index > 0 ? Number(process.argv[index + 1]) : fallback;
  };
  const requests = at('requests', 200);
  const connections = at('connections', 4);
  const builds = process.argv.slice(2).filter((arg, i, all) => !arg.startsWith('--') && !all[i - 1]?.startsWith('--'));
  if (!builds.length) throw new Error('name at least one build: node dist/bench/cpu.js dist [other/dist ...]');
  const database = await createDatabase(o.engines[0], o, o.controllers);
  try {
    await load(database.url, o.controllers, o.keep !== null);
    const servers = [];
    for (const build of builds) {
      const [dist, ...flags] = build.split('@');
      servers.push(await startApi(database.url, false, flags, 'silent', dist));
    }
    try {
      for (const q of QUERIES.filter((query) => o.queries.includes(query.key))) {
        const run = (url: string, amount: number) =>
          autocannon({ url, connections, amount, requests: [postRequest(q)] }) as unknown as Promise<{
            requests: { total: number };
            non2xx: number;
          }>;
        for (const server of servers) await run(server.url, 60);
        const node = servers.map(() => [] as number[]);
        const db = servers.map(() => [] as number[]);
        for (let round = 0; round < o.rounds; round++)
          for (const [i, server] of servers.entries()) {
            const [cpu0, db0] = [cpuOf(server.pid), postgresCpu()];
            const result = await run(server.url, requests);
            const [cpu1, db1] = [cpuOf(server.pid), postgresCpu()];
            if (result.non2xx) throw new Error(`${builds[i]} answered ${result.non2xx} requests with an error`);
            node[i].push((cpu1 - cpu0) / result.requests.total);
            db[i].push((db1 - db0) / result.requests.total);
          }
        for (const [i, build] of builds.entries())
          console.log(
            `(${q.key}) ${build}: Node ${f(median(node[i]), 2)} + PostgreSQL ${f(median(db[i]), 2)} ms/req` +
              ` (rounds: ${node[i].map((v) => f(v, 1)).join(' ')})`,
          );
      }
    } finally {
      for (const server of servers) await server.stop();
    }
  } finally {
    await database.drop();
  }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
