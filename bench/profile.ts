import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { cannon, createDatabase, f, load, options, QUERIES, startApi } from './bench';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}

/** Microseconds on the monotonic clock, the one V8's CPU profiles and process.hrtime use on Linux. */
const nowUs = () => Number(process.hrtime.bigint() / 1000n);

/** Self time in ms by function (`name  file:line`) and by source (a package, node's internals, a file of ours). */
function selfTimes(file: string, window?: [number, number]) {
  const profile = JSON.parse(fs.readFileSync(file, 'utf8')) as {
    nodes: ProfileNode[];
    samples: number[];
    timeDeltas: number[];
    startTime: number;
  };
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const functions = new Map<string, number>();
  const sources = new Map<string, number>();
  let total = 0;
  let at = profile.startTime;
  profile.samples.forEach((id, i) => {
    at += profile.timeDeltas[i];
    if (window && (at < window[0] || at > window[1])) return;
    const { functionName, url, lineNumber } = byId.get(id)!.callFrame;
    const where = url
      ? `${url
          .replace(/^.*node_modules\//, '')
          .replace(/^file:\/\/.*\/dist\//, '')
          .replace(/^\/.*\/dist\//, '')}:${lineNumber + 1}`
      : '';
    const delta = profile.timeDeltas[i] / 1000;
    const key = `${functionName || '(anonymous)'}  ${where}`;
    functions.set(key, (functions.get(key) ?? 0) + delta);
    const source = !url
      ? functionName || '(anonymous)'
      : url.startsWith('node:')
        ? 'node: (http, streams, events...)'
        : (/node_modules\/((@[^/]+\/)?[^/]+)/.exec(url)?.[1] ?? where.replace(/:\d+$/, ''));
    sources.set(source, (sources.get(source) ?? 0) + delta);
    total += delta;
  });
  const top = (map: Map<string, number>, count: number) =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, count)
      .map(([key, ms]) => `${f((100 * ms) / total, 1).padStart(5)} %  ${f(ms).padStart(6)} ms  ${key}`);
  return { top, functions, sources, total };
}

/** The functions with the most self time in a V8 CPU profile, as `share  ms  function  file:line`. */
export function topSelfTime(file: string, count: number, window?: [number, number]): string[] {
  const { top, functions } = selfTimes(file, window);
  return top(functions, count);
}

/** The sources (packages, node's internals, files of ours) with the most self time, as `share  ms  source`. */
export function topSources(file: string, count: number, window?: [number, number]): string[] {
  const { top, sources } = selfTimes(file, window);
  return top(sources, count);
}

/**
 * `node dist/bench/profile.js --queries b [--duration 10] [--connections 16] [--controllers 10000] [--engines postgres]
 * [--keep name] [--top 30] [--cache] [--log-level info] [--against other/dist]`: starts the API with `--cpu-prof` (response cache off, or on
 * with `--cache`; `--against`: another build of the server) over the benchmark database, loads it with the first query named for `--duration` seconds, stops it
 * and prints the functions and the sources with the most self time while the load ran.
 */
async function main(): Promise<void> {
  const o = options();
  const at = process.argv.indexOf('--top');
  const top = at > 0 ? Number(process.argv[at + 1]) : 30;
  const query = QUERIES.find((q) => q.key === o.queries[0])!;
  const engine = o.engines[0];
  const database = await createDatabase(engine, o, o.controllers);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-graph-profile-'));
  try {
    await load(database.url, o.controllers, o.keep !== null);
    const cache = process.argv.includes('--cache');
    const window: [number, number] = [0, Infinity];
    const api = await startApi(
      database.url,
      cache,
      ['--cpu-prof', `--cpu-prof-dir=${dir}`],
      o.logLevel,
      o.against ?? undefined,
    );
    try {
      await cannon(api.url, query, Math.min(4, o.connections), 2);
      window[0] = nowUs();
      const run = await cannon(api.url, query, o.connections, o.duration);
      window[1] = nowUs();
      console.log(
        `(${query.key}) on ${engine}, cache ${cache ? 'on' : 'off'}: ${f(run.rps)} req/s, p99 ${f(run.p99)} ms, ${run.requests} requests`,
      );
    } finally {
      await api.stop();
    }
    const [file] = fs.readdirSync(dir).filter((name) => name.endsWith('.cpuprofile'));
    if (!file) throw new Error('the server wrote no CPU profile');
    const kept = path.join(os.tmpdir(), `policy-graph-${query.key}-${Date.now()}.cpuprofile`);
    fs.copyFileSync(path.join(dir, file), kept);
    console.log(
      `profile: ${kept}; self time while the load ran (start-up and warm-up left out):\n` +
        `${topSelfTime(kept, top, window).join('\n')}\n\nby source:\n${topSources(kept, 15, window).join('\n')}`,
    );
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
    await database.drop();
  }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
